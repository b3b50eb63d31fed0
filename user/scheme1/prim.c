/* The primitive table, and the primitives on pairs, lists, symbols,
 * records, equality, types and control (apply, values, error). */
#include <string.h>
#include "scheme1.h"

/* prims_register: bind each name of table to its primitive */
static void prims_register(const struct prim *table)
{
	for (; table->name; table++) {
		obj p = alloc(T_PRIM, 2);
		FIELD(p, 0) = RAW(table);
		FIELD(p, 1) = FIX(fast_case(table->name));
		SYM_VALUE(intern_c(table->name)) = p;
	}
}

void fail_who(const char *who, const char *what, obj irritant)
{
	struct buf b = {0, 0, 0};
	buf_str(&b, who);
	buf_str(&b, ": ");
	buf_str(&b, what);
	buf_byte(&b, 0);
	fail((const char *)b.p, irritant);
}

static obj arg_pair(obj o, const char *who)
{
	if (!IS_PAIR(o))
		fail_who(who, "not a pair", o);
	return o;
}

int64_t arg_int(obj o, const char *who)
{
	if (!is_int(o))
		fail_who(who, "not an integer", o);
	return int_value(o);
}

obj arg_bytes(obj o, const char *who)
{
	if (!IS_BYTES(o))
		fail_who(who, "not a string or bytevector", o);
	return o;
}

static obj arg_symbol(obj o, const char *who)
{
	if (!IS_SYMBOL(o))
		fail_who(who, "not a symbol", o);
	return o;
}

obj arg_list(obj o, const char *who)
{
	if (list_length(o) < 0)
		fail_who(who, "not a list", o);
	return o;
}

static int eqv(obj a, obj b)
{
	if (a == b)
		return 1;
	return IS_TYPE(a, T_INT) && IS_TYPE(b, T_INT) && int_value(a) == int_value(b);
}

int equal(obj a, obj b, int depth)
{
	if (depth > MAX_DEPTH)
		fail("equal?: data nested too deeply", UNDEF);
	for (;;) {
		if (eqv(a, b))
			return 1;
		if (IS_PAIR(a) && IS_PAIR(b)) {
			if (!equal(CAR(a), CAR(b), depth + 1))
				return 0;
			a = CDR(a);
			b = CDR(b);
			continue;
		}
		if (IS_BYTES(a) && IS_BYTES(b))
			return BYTES_LEN(a) == BYTES_LEN(b) &&
			       memcmp(BYTES_DATA(a), BYTES_DATA(b), BYTES_LEN(a)) == 0;
		return 0;
	}
}

static obj p_eq(int c, obj *v) { return BOOL(v[0] == v[1]); }
static obj p_eqv(int c, obj *v) { return BOOL(eqv(v[0], v[1])); }
static obj p_equal(int c, obj *v) { return BOOL(equal(v[0], v[1], 0)); }
static obj p_not(int c, obj *v) { return BOOL(v[0] == FALSE); }
static obj p_nullp(int c, obj *v) { return BOOL(v[0] == NIL); }
static obj p_pairp(int c, obj *v) { return BOOL(IS_PAIR(v[0])); }
static obj p_symbolp(int c, obj *v) { return BOOL(IS_SYMBOL(v[0])); }
static obj p_bytesp(int c, obj *v) { return BOOL(IS_BYTES(v[0])); }
static obj p_numberp(int c, obj *v) { return BOOL(is_int(v[0])); }
static obj p_booleanp(int c, obj *v) { return BOOL(v[0] == TRUE || v[0] == FALSE); }
static obj p_eofp(int c, obj *v) { return BOOL(v[0] == EOF_OBJ); }
static obj p_eof(int c, obj *v) { return EOF_OBJ; }
static obj p_listp(int c, obj *v) { return BOOL(list_length(v[0]) >= 0); }
static obj p_charp(int c, obj *v) { return BOOL(IS_FIX(v[0]) && FIXVAL(v[0]) >= 0 && FIXVAL(v[0]) < 256); }

static obj p_procedurep(int c, obj *v)
{
	return BOOL(IS_TYPE(v[0], T_CLOSURE) || IS_TYPE(v[0], T_PRIM));
}

static obj p_cons(int c, obj *v) { return cons(v[0], v[1]); }
static obj p_car(int c, obj *v) { return CAR(arg_pair(v[0], "car")); }
static obj p_cdr(int c, obj *v) { return CDR(arg_pair(v[0], "cdr")); }
static obj p_set_car(int c, obj *v) { CAR(arg_pair(v[0], "set-car!")) = v[1]; return UNSPEC; }
static obj p_set_cdr(int c, obj *v) { CDR(arg_pair(v[0], "set-cdr!")) = v[1]; return UNSPEC; }

static obj p_list(int c, obj *v)
{
	obj l = NIL;
	while (c-- > 0)
		l = cons(v[c], l);
	return l;
}

static obj p_length(int c, obj *v)
{
	return FIX(list_length(arg_list(v[0], "length")));
}

static obj p_list_ref(int c, obj *v)
{
	obj l = v[0];
	int64_t k = arg_int(v[1], "list-ref");
	for (; k > 0 && IS_PAIR(l); k--)
		l = CDR(l);
	if (k != 0 || !IS_PAIR(l))
		fail("list-ref: index out of range", v[1]);
	return CAR(l);
}

obj reverse_list(obj l)
{
	obj r = NIL;
	for (; l != NIL; l = CDR(l))
		r = cons(CAR(l), r);
	return r;
}

static obj p_reverse(int c, obj *v)
{
	return reverse_list(arg_list(v[0], "reverse"));
}

/* (append l ... x): copies all but the last argument */
static obj p_append(int c, obj *v)
{
	obj result = c > 0 ? v[c - 1] : NIL, l;
	int i;
	for (i = 0; i < c - 1; i++)
		arg_list(v[i], "append");
	for (i = c - 2; i >= 0; i--) {
		obj head = result, *tail = &head;
		for (l = v[i]; l != NIL; l = CDR(l)) {
			*tail = cons(CAR(l), result);
			tail = &CDR(*tail);
		}
		result = head;
	}
	return result;
}

static obj assoc_with(obj key, obj l, int how, const char *who)
{
	for (; IS_PAIR(l); l = CDR(l)) {
		obj e = CAR(l);
		if (!IS_PAIR(e))
			fail_who(who, "not an association list", l);
		if (how == 0 ? CAR(e) == key : how == 1 ? eqv(CAR(e), key) : equal(CAR(e), key, 0))
			return e;
	}
	return FALSE;
}

static obj p_assq(int c, obj *v) { return assoc_with(v[0], v[1], 0, "assq"); }
static obj p_assv(int c, obj *v) { return assoc_with(v[0], v[1], 1, "assv"); }
static obj p_assoc(int c, obj *v) { return assoc_with(v[0], v[1], 2, "assoc"); }

static obj member_with(obj key, obj l, int how)
{
	for (; IS_PAIR(l); l = CDR(l))
		if (how == 0 ? CAR(l) == key : how == 1 ? eqv(CAR(l), key) : equal(CAR(l), key, 0))
			return l;
	return FALSE;
}

static obj p_memq(int c, obj *v) { return member_with(v[0], v[1], 0); }
static obj p_memv(int c, obj *v) { return member_with(v[0], v[1], 1); }
static obj p_member(int c, obj *v) { return member_with(v[0], v[1], 2); }

static obj p_values(int c, obj *v)
{
	obj o;
	if (c == 1)
		return v[0];
	o = alloc(T_VALUES, 1);
	VALUES_LIST(o) = p_list(c, v);
	return o;
}

static obj p_values_to_list(int c, obj *v)
{
	if (IS_TYPE(v[0], T_VALUES))
		return VALUES_LIST(v[0]);
	return cons(v[0], NIL);
}

static obj p_error(int c, obj *v)
{
	struct buf b = {0, 0, 0};
	obj irritants = p_list(c - 1, v + 1);
	if (IS_BYTES(v[0]))
		buf_add(&b, BYTES_DATA(v[0]), BYTES_LEN(v[0]));
	else
		print_obj(&b, v[0], 1);
	buf_byte(&b, 0);
	fail_irritants((const char *)b.p, irritants);
	return UNSPEC;
}

static obj p_symbol_to_string(int c, obj *v)
{
	obj name = SYM_NAME(arg_symbol(v[0], "symbol->string"));
	return make_string_n((const char *)BYTES_DATA(name), BYTES_LEN(name));
}

static obj p_string_to_symbol(int c, obj *v)
{
	obj s = arg_bytes(v[0], "string->symbol");
	return intern((const char *)BYTES_DATA(s), BYTES_LEN(s));
}

/* records: a type is a record of type #f holding its name */
static obj p_make_record_type(int c, obj *v)
{
	obj t = alloc(T_RECORD, 2);
	REC_TYPE(t) = FALSE;
	REC_FIELD(t, 0) = v[0];
	return t;
}

static obj p_record(int c, obj *v)
{
	obj r = alloc(T_RECORD, (size_t)c);
	int i;
	REC_TYPE(r) = v[0];
	for (i = 1; i < c; i++)
		REC_FIELD(r, i - 1) = v[i];
	return r;
}

static obj p_recordp(int c, obj *v)
{
	return BOOL(IS_TYPE(v[0], T_RECORD) && REC_TYPE(v[0]) == v[1]);
}

static obj record_check(obj r, obj type, obj who)
{
	if (!IS_TYPE(type, T_RECORD) || REC_TYPE(type) != FALSE)
		fail("not a record type", type);
	if (!IS_TYPE(r, T_RECORD) || REC_TYPE(r) != type) {
		struct buf b = {0, 0, 0};
		print_obj(&b, who, 0);
		buf_str(&b, ": not a ");
		print_obj(&b, REC_FIELD(type, 0), 0);
		buf_byte(&b, 0);
		fail((const char *)b.p, r);
	}
	return r;
}

/* record_index: field index i of record r, checked */
static int64_t record_index(obj r, obj i)
{
	int64_t k = arg_int(i, "record field");
	if (k < 0 || (uint64_t)k + 1 >= (HDR(r) >> 8))
		fail("record field: index out of range", i);
	return k;
}

static obj p_record_ref(int c, obj *v)
{
	record_check(v[0], v[1], v[3]);
	return REC_FIELD(v[0], record_index(v[0], v[2]));
}

static obj p_record_set(int c, obj *v)
{
	record_check(v[0], v[1], v[4]);
	REC_FIELD(v[0], record_index(v[0], v[2])) = v[3];
	return UNSPEC;
}

static obj p_recordp_any(int c, obj *v)
{
	return BOOL(IS_TYPE(v[0], T_RECORD) && REC_TYPE(v[0]) != FALSE);
}

static const struct prim core_prims[] = {
	{"eq?", p_eq, 2, 2}, {"eqv?", p_eqv, 2, 2}, {"equal?", p_equal, 2, 2},
	{"not", p_not, 1, 1}, {"null?", p_nullp, 1, 1}, {"pair?", p_pairp, 1, 1},
	{"symbol?", p_symbolp, 1, 1}, {"string?", p_bytesp, 1, 1},
	{"bytevector?", p_bytesp, 1, 1}, {"number?", p_numberp, 1, 1},
	{"integer?", p_numberp, 1, 1}, {"boolean?", p_booleanp, 1, 1},
	{"eof-object?", p_eofp, 1, 1}, {"eof-object", p_eof, 0, 0},
	{"list?", p_listp, 1, 1}, {"char?", p_charp, 1, 1},
	{"procedure?", p_procedurep, 1, 1}, {"record?", p_recordp_any, 1, 1},
	{"cons", p_cons, 2, 2}, {"car", p_car, 1, 1}, {"cdr", p_cdr, 1, 1},
	{"set-car!", p_set_car, 2, 2}, {"set-cdr!", p_set_cdr, 2, 2},
	{"list", p_list, 0, -1}, {"length", p_length, 1, 1},
	{"list-ref", p_list_ref, 2, 2}, {"reverse", p_reverse, 1, 1},
	{"append", p_append, 0, -1},
	{"assq", p_assq, 2, 2}, {"assv", p_assv, 2, 2}, {"assoc", p_assoc, 2, 2},
	{"memq", p_memq, 2, 2}, {"memv", p_memv, 2, 2}, {"member", p_member, 2, 2},
	{"apply", 0, 2, -1}, {"values", p_values, 0, -1},
	{"%values->list", p_values_to_list, 1, 1}, {"error", p_error, 1, -1},
	{"symbol->string", p_symbol_to_string, 1, 1},
	{"string->symbol", p_string_to_symbol, 1, 1},
	{"%make-record-type", p_make_record_type, 1, 1}, {"%record", p_record, 1, -1},
	{"%record?", p_recordp, 2, 2}, {"%record-ref", p_record_ref, 4, 4},
	{"%record-set!", p_record_set, 5, 5},
	/* private names the derived forms use, safe from user redefinition */
	{"%list", p_list, 0, -1}, {"%apply", 0, 2, -1}, {"%memv", p_memv, 2, 2},
	{"%equal?", p_equal, 2, 2}, {"%eq?", p_eq, 2, 2}, {"%car", p_car, 1, 1},
	{"%cdr", p_cdr, 1, 1}, {"%pair?", p_pairp, 1, 1}, {"%null?", p_nullp, 1, 1},
	{"%error", p_error, 1, -1}, {"%cons", p_cons, 2, 2}, {"%append", p_append, 0, -1},
	{0, 0, 0, 0}
};

void prims_init(void)
{
	prims_register(core_prims);
	prims_register(num_prims);
	prims_register(bytes_prims);
	prims_register(sys_prims);
	prim_sys_init();
}

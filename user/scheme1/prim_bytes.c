/* Bytevectors and strings (a string is a bytevector that prints as a
 * string), characters as byte values, display/write to a string, format. */
#include <string.h>
#include "scheme1.h"

static int is_string(obj o)
{
	return (HDR(o) & BYTES_STRING) != 0;
}

static size_t index_arg(obj o, size_t limit, const char *who)
{
	int64_t k = arg_int(o, who);
	if (k < 0 || (uint64_t)k > limit)
		fail_who(who, "index out of range", o);
	return (size_t)k;
}

static int byte_arg(obj o, const char *who)
{
	int64_t b = arg_int(o, who);
	if (b < 0 || b > 255)
		fail_who(who, "not a byte", o);
	return (int)b;
}

/* copy_range: (who s [start [end]]): bytes [start, end) of s as a new
 * string (as_string 1), bytevector (0) or object of s's kind (-1) */
static obj copy_range(int c, obj *v, const char *who, int as_string)
{
	obj s = arg_bytes(v[0], who), r;
	size_t len = BYTES_LEN(s);
	size_t start = c > 1 ? index_arg(v[1], len, who) : 0;
	size_t end = c > 2 ? index_arg(v[2], len, who) : len;
	if (end < start)
		fail_who(who, "index out of range", v[2]);
	r = make_bytes(end - start, as_string < 0 ? is_string(s) : as_string);
	memcpy(BYTES_DATA(r), BYTES_DATA(s) + start, end - start);
	return r;
}

static obj make_filled(int c, obj *v, int as_string, const char *who)
{
	int64_t n = arg_int(v[0], who);
	obj r;
	if (n < 0)
		fail_who(who, "negative length", v[0]);
	r = make_bytes((size_t)n, as_string);
	if (c > 1)
		memset(BYTES_DATA(r), byte_arg(v[1], who), (size_t)n);
	return r;
}

static obj p_make_bytevector(int c, obj *v) { return make_filled(c, v, 0, "make-bytevector"); }
static obj p_make_string(int c, obj *v) { return make_filled(c, v, 1, "make-string"); }

static obj from_bytes(int c, obj *v, int as_string, const char *who)
{
	obj r = make_bytes((size_t)c, as_string);
	int i;
	for (i = 0; i < c; i++)
		BYTES_DATA(r)[i] = (unsigned char)byte_arg(v[i], who);
	return r;
}

static obj p_bytevector(int c, obj *v) { return from_bytes(c, v, 0, "bytevector"); }
static obj p_string(int c, obj *v) { return from_bytes(c, v, 1, "string"); }

static obj p_length(int c, obj *v)
{
	return FIX(BYTES_LEN(arg_bytes(v[0], "bytevector-length")));
}

/* byte_at: the byte of v[0] at index v[1], checked */
static unsigned char *byte_at(obj *v, const char *who)
{
	obj s = arg_bytes(v[0], who);
	size_t k = index_arg(v[1], BYTES_LEN(s), who);
	if (k == BYTES_LEN(s))
		fail_who(who, "index out of range", v[1]);
	return BYTES_DATA(s) + k;
}

static obj p_u8_ref(int c, obj *v) { return FIX(*byte_at(v, "bytevector-u8-ref")); }

static obj p_u8_set(int c, obj *v)
{
	unsigned char *p = byte_at(v, "bytevector-u8-set!");
	*p = (unsigned char)byte_arg(v[2], "bytevector-u8-set!");
	return UNSPEC;
}

static obj p_bytevector_copy(int c, obj *v) { return copy_range(c, v, "bytevector-copy", -1); }
static obj p_substring(int c, obj *v) { return copy_range(c, v, "substring", 1); }
static obj p_string_copy(int c, obj *v) { return copy_range(c, v, "string-copy", 1); }
static obj p_utf8_to_string(int c, obj *v) { return copy_range(c, v, "utf8->string", 1); }
static obj p_string_to_utf8(int c, obj *v) { return copy_range(c, v, "string->utf8", 0); }

/* (bytevector-copy! to at from [start [end]]) */
static obj p_bytevector_copy_to(int c, obj *v)
{
	const char *who = "bytevector-copy!";
	obj to = arg_bytes(v[0], who), from = arg_bytes(v[2], who);
	size_t at = index_arg(v[1], BYTES_LEN(to), who);
	size_t start = c > 3 ? index_arg(v[3], BYTES_LEN(from), who) : 0;
	size_t end = c > 4 ? index_arg(v[4], BYTES_LEN(from), who) : BYTES_LEN(from);
	if (end < start || end - start > BYTES_LEN(to) - at)
		fail_who(who, "index out of range", v[1]);
	memmove(BYTES_DATA(to) + at, BYTES_DATA(from) + start, end - start);
	return UNSPEC;
}

static obj append_bytes(int c, obj *v, int as_string, const char *who)
{
	size_t n = 0, at = 0;
	int i;
	obj r;
	for (i = 0; i < c; i++)
		n += BYTES_LEN(arg_bytes(v[i], who));
	if (as_string < 0)
		as_string = c > 0 ? is_string(v[0]) : 0;
	r = make_bytes(n, as_string);
	for (i = 0; i < c; i++) {
		memcpy(BYTES_DATA(r) + at, BYTES_DATA(v[i]), BYTES_LEN(v[i]));
		at += BYTES_LEN(v[i]);
	}
	return r;
}

static obj p_bytevector_append(int c, obj *v) { return append_bytes(c, v, -1, "bytevector-append"); }
static obj p_string_append(int c, obj *v) { return append_bytes(c, v, 1, "string-append"); }

/* compare_bytes: <0, 0, >0 like memcmp, shorter first on a tie */
static int compare_bytes(obj a, obj b)
{
	size_t la = BYTES_LEN(a), lb = BYTES_LEN(b);
	int r = memcmp(BYTES_DATA(a), BYTES_DATA(b), la < lb ? la : lb);
	if (r != 0)
		return r;
	return la < lb ? -1 : la > lb ? 1 : 0;
}

static obj compare_chain(int c, obj *v, int op, const char *who)
{
	int i;
	for (i = 0; i < c; i++)
		arg_bytes(v[i], who);
	for (i = 0; i + 1 < c; i++) {
		int r = compare_bytes(v[i], v[i + 1]);
		if (!(op == 0 ? r == 0 : op == 1 ? r < 0 : r > 0))
			return FALSE;
	}
	return TRUE;
}

static obj p_bytevector_eq(int c, obj *v) { return compare_chain(c, v, 0, "bytevector=?"); }
static obj p_string_eq(int c, obj *v) { return compare_chain(c, v, 0, "string=?"); }
static obj p_string_lt(int c, obj *v) { return compare_chain(c, v, 1, "string<?"); }
static obj p_string_gt(int c, obj *v) { return compare_chain(c, v, 2, "string>?"); }

static obj p_string_to_list(int c, obj *v)
{
	obj s = arg_bytes(v[0], "string->list"), l = NIL;
	size_t i = BYTES_LEN(s);
	while (i-- > 0)
		l = cons(FIX(BYTES_DATA(s)[i]), l);
	return l;
}

static obj list_to_bytes(obj l, int as_string, const char *who)
{
	int n = list_length(arg_list(l, who)), i = 0;
	obj r = make_bytes((size_t)n, as_string);
	for (; l != NIL; l = CDR(l))
		BYTES_DATA(r)[i++] = (unsigned char)byte_arg(CAR(l), who);
	return r;
}

static obj p_list_to_string(int c, obj *v) { return list_to_bytes(v[0], 1, "list->string"); }
static obj p_list_to_bytevector(int c, obj *v) { return list_to_bytes(v[0], 0, "list->bytevector"); }

static obj change_case(obj s, int upper, const char *who)
{
	obj r;
	size_t i;
	arg_bytes(s, who);
	r = make_bytes(BYTES_LEN(s), is_string(s));
	for (i = 0; i < BYTES_LEN(s); i++) {
		int ch = BYTES_DATA(s)[i];
		if (upper && ch >= 'a' && ch <= 'z')
			ch -= 32;
		else if (!upper && ch >= 'A' && ch <= 'Z')
			ch += 32;
		BYTES_DATA(r)[i] = (unsigned char)ch;
	}
	return r;
}

static obj p_string_upcase(int c, obj *v) { return change_case(v[0], 1, "string-upcase"); }
static obj p_string_downcase(int c, obj *v) { return change_case(v[0], 0, "string-downcase"); }

/* (%bytes-index bv byte start end): first index of byte in [start, end), or #f */
static obj p_bytes_index(int c, obj *v)
{
	obj s = arg_bytes(v[0], "%bytes-index");
	int b = byte_arg(v[1], "%bytes-index");
	size_t start = index_arg(v[2], BYTES_LEN(s), "%bytes-index");
	size_t end = index_arg(v[3], BYTES_LEN(s), "%bytes-index");
	unsigned char *p;
	if (start >= end)
		return FALSE;
	p = memchr(BYTES_DATA(s) + start, b, end - start);
	return p ? FIX(p - BYTES_DATA(s)) : FALSE;
}

/* (%repr x write?) => the printed form of x as a string */
static obj p_repr(int c, obj *v)
{
	struct buf b = {0, 0, 0};
	if (IS_BYTES(v[0]) && is_string(v[0]) && v[1] == FALSE)
		return v[0];
	print_obj(&b, v[0], v[1] != FALSE);
	return buf_to_string(&b);
}

static obj p_format(int c, obj *v)
{
	return format_string(arg_bytes(v[0], "format"), c - 1, v + 1);
}

const struct prim bytes_prims[] = {
	{"make-bytevector", p_make_bytevector, 1, 2}, {"bytevector", p_bytevector, 0, -1},
	{"bytevector-length", p_length, 1, 1}, {"bytevector-u8-ref", p_u8_ref, 2, 2},
	{"bytevector-u8-set!", p_u8_set, 3, 3}, {"bytevector-copy", p_bytevector_copy, 1, 3},
	{"bytevector-copy!", p_bytevector_copy_to, 3, 5},
	{"bytevector-append", p_bytevector_append, 0, -1},
	{"bytevector=?", p_bytevector_eq, 1, -1},
	{"make-string", p_make_string, 1, 2}, {"string", p_string, 0, -1},
	{"string-length", p_length, 1, 1}, {"string-ref", p_u8_ref, 2, 2},
	{"string-set!", p_u8_set, 3, 3}, {"substring", p_substring, 2, 3},
	{"string-copy", p_string_copy, 1, 3}, {"string-append", p_string_append, 0, -1},
	{"string=?", p_string_eq, 1, -1}, {"string<?", p_string_lt, 1, -1},
	{"string>?", p_string_gt, 1, -1},
	{"string->list", p_string_to_list, 1, 1}, {"list->string", p_list_to_string, 1, 1},
	{"bytevector->list", p_string_to_list, 1, 1},
	{"list->bytevector", p_list_to_bytevector, 1, 1},
	{"string-upcase", p_string_upcase, 1, 1}, {"string-downcase", p_string_downcase, 1, 1},
	{"utf8->string", p_utf8_to_string, 1, 3}, {"string->utf8", p_string_to_utf8, 1, 3},
	{"%bytes-index", p_bytes_index, 4, 4}, {"%repr", p_repr, 2, 2},
	{"format", p_format, 1, -1},
	{0, 0, 0, 0}
};

/* Integer primitives. Arithmetic is on 64-bit integers and wraps
 * (computed unsigned, so overflow is defined). */
#include "scheme1.h"

enum { ADD, MUL, AND, OR, XOR };

/* fold: + * and the bitwise operations, over any number of arguments */
static obj fold(int c, obj *v, int op, const char *who)
{
	uint64_t r = op == MUL ? 1 : op == AND ? ~(uint64_t)0 : 0;
	int i;
	for (i = 0; i < c; i++) {
		uint64_t x = (uint64_t)arg_int(v[i], who);
		r = op == ADD ? r + x : op == MUL ? r * x :
		    op == AND ? r & x : op == OR ? r | x : r ^ x;
	}
	return make_int((int64_t)r);
}

static obj p_add(int c, obj *v) { return fold(c, v, ADD, "+"); }
static obj p_mul(int c, obj *v) { return fold(c, v, MUL, "*"); }
static obj p_and(int c, obj *v) { return fold(c, v, AND, "bitwise-and"); }
static obj p_or(int c, obj *v) { return fold(c, v, OR, "bitwise-or"); }
static obj p_xor(int c, obj *v) { return fold(c, v, XOR, "bitwise-xor"); }

static obj p_sub(int c, obj *v)
{
	uint64_t r = (uint64_t)arg_int(v[0], "-");
	int i;
	if (c == 1)
		return make_int((int64_t)(0 - r));
	for (i = 1; i < c; i++)
		r -= (uint64_t)arg_int(v[i], "-");
	return make_int((int64_t)r);
}

/* divide: quotient (op 0), remainder (1) or modulo (2) of v[0] by v[1] */
static obj divide(obj *v, int op, const char *who)
{
	int64_t a = arg_int(v[0], who), b = arg_int(v[1], who), m;
	if (b == 0)
		fail_who(who, "division by zero", v[1]);
	if (b == -1) /* a / -1 overflows for the most negative a */
		return op == 0 ? make_int((int64_t)(0 - (uint64_t)a)) : FIX(0);
	if (op == 0)
		return make_int(a / b);
	m = a % b;
	if (op == 2 && m != 0 && ((m < 0) != (b < 0)))
		m += b;
	return make_int(m);
}

static obj p_quotient(int c, obj *v) { return divide(v, 0, "quotient"); }
static obj p_remainder(int c, obj *v) { return divide(v, 1, "remainder"); }
static obj p_modulo(int c, obj *v) { return divide(v, 2, "modulo"); }

/* compare: chains of = < > <= >= */
static obj compare(int c, obj *v, int op, const char *who)
{
	int i;
	for (i = 0; i < c; i++)
		arg_int(v[i], who);
	for (i = 0; i + 1 < c; i++) {
		int64_t a = int_value(v[i]), b = int_value(v[i + 1]);
		int ok = op == 0 ? a == b : op == 1 ? a < b : op == 2 ? a > b : op == 3 ? a <= b : a >= b;
		if (!ok)
			return FALSE;
	}
	return TRUE;
}

static obj p_eq(int c, obj *v) { return compare(c, v, 0, "="); }
static obj p_lt(int c, obj *v) { return compare(c, v, 1, "<"); }
static obj p_gt(int c, obj *v) { return compare(c, v, 2, ">"); }
static obj p_le(int c, obj *v) { return compare(c, v, 3, "<="); }
static obj p_ge(int c, obj *v) { return compare(c, v, 4, ">="); }

static obj p_abs(int c, obj *v)
{
	int64_t a = arg_int(v[0], "abs");
	return make_int(a < 0 ? (int64_t)(0 - (uint64_t)a) : a);
}

/* extreme: the least (max 0) or the greatest (max 1) argument */
static obj extreme(int c, obj *v, int max, const char *who)
{
	obj m = v[0];
	int i;
	arg_int(m, who);
	for (i = 1; i < c; i++)
		if (max ? arg_int(v[i], who) > int_value(m) : arg_int(v[i], who) < int_value(m))
			m = v[i];
	return m;
}

static obj p_min(int c, obj *v) { return extreme(c, v, 0, "min"); }
static obj p_max(int c, obj *v) { return extreme(c, v, 1, "max"); }

static obj p_zerop(int c, obj *v) { return BOOL(arg_int(v[0], "zero?") == 0); }
static obj p_positivep(int c, obj *v) { return BOOL(arg_int(v[0], "positive?") > 0); }
static obj p_negativep(int c, obj *v) { return BOOL(arg_int(v[0], "negative?") < 0); }
static obj p_evenp(int c, obj *v) { return BOOL((arg_int(v[0], "even?") & 1) == 0); }
static obj p_oddp(int c, obj *v) { return BOOL((arg_int(v[0], "odd?") & 1) != 0); }

static obj p_not(int c, obj *v)
{
	return make_int((int64_t)~(uint64_t)arg_int(v[0], "bitwise-not"));
}

/* (arithmetic-shift n k): left for k > 0, arithmetic right for k < 0 */
static obj p_ash(int c, obj *v)
{
	int64_t n = arg_int(v[0], "arithmetic-shift"), k = arg_int(v[1], "arithmetic-shift");
	if (k >= 64)
		return FIX(0);
	if (k >= 0)
		return make_int((int64_t)((uint64_t)n << k));
	if (k <= -64)
		return FIX(n < 0 ? -1 : 0);
	return make_int(n < 0 ? ~(~n >> -k) : n >> -k);
}

static int radix_arg(int c, obj *v, const char *who)
{
	int64_t r = c > 1 ? arg_int(v[1], who) : 10;
	if (r != 10 && r != 16 && r != 2 && r != 8)
		fail_who(who, "unsupported radix", v[1]);
	return (int)r;
}

static obj p_number_to_string(int c, obj *v)
{
	struct buf b = {0, 0, 0};
	int radix = radix_arg(c, v, "number->string");
	print_int(&b, arg_int(v[0], "number->string"), radix);
	return buf_to_string(&b);
}

static obj p_string_to_number(int c, obj *v)
{
	obj s = arg_bytes(v[0], "string->number");
	int radix = radix_arg(c, v, "string->number");
	const unsigned char *p = BYTES_DATA(s);
	size_t n = BYTES_LEN(s);
	if (n > 2 && p[0] == '#' && (p[1] == 'x' || p[1] == 'X'))
		return parse_integer(p + 2, n - 2, 16);
	return parse_integer(p, n, radix);
}

const struct prim num_prims[] = {
	{"+", p_add, 0, -1}, {"*", p_mul, 0, -1}, {"-", p_sub, 1, -1},
	{"quotient", p_quotient, 2, 2}, {"remainder", p_remainder, 2, 2},
	{"modulo", p_modulo, 2, 2},
	{"=", p_eq, 1, -1}, {"<", p_lt, 1, -1}, {">", p_gt, 1, -1},
	{"<=", p_le, 1, -1}, {">=", p_ge, 1, -1},
	{"abs", p_abs, 1, 1}, {"min", p_min, 1, -1}, {"max", p_max, 1, -1},
	{"zero?", p_zerop, 1, 1}, {"positive?", p_positivep, 1, 1},
	{"negative?", p_negativep, 1, 1}, {"even?", p_evenp, 1, 1}, {"odd?", p_oddp, 1, 1},
	{"bitwise-and", p_and, 0, -1}, {"bitwise-or", p_or, 0, -1},
	{"bitwise-xor", p_xor, 0, -1}, {"bitwise-not", p_not, 1, 1},
	{"arithmetic-shift", p_ash, 2, 2},
	{"number->string", p_number_to_string, 1, 2},
	{"string->number", p_string_to_number, 1, 2},
	{0, 0, 0, 0}
};

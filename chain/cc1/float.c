/* float.c: floating constants without floating point. A value of an
 * IEEE format (binary32 for float, binary64 for double, binary128 for
 * long double) is unpacked into a sign, an exact integer mantissa (a big
 * integer of 32-bit limbs) and a power of two; an operation is done
 * exactly on those, then rounded once to the nearest, ties to even.
 * Decimal literals are D * 10^q: multiplied out, or divided with enough
 * quotient bits and the remainder as sticky bit. */
#include "cc1.h"

typedef struct Big Big;
struct Big {
	long n;
	long cap;
	unsigned long *d;
};

enum { F_ZERO, F_FINITE, F_INF, F_NAN };

static void big_fit(Big *b, long n)
{
	unsigned long *d;
	long i;

	if (n <= b->cap)
		return;
	d = alloc(sizeof(unsigned long) * (n + 8));
	for (i = 0; i < b->n; i++)
		d[i] = b->d[i];
	b->d = d;
	b->cap = n + 8;
}

static void big_trim(Big *b)
{
	while (b->n > 0 && b->d[b->n - 1] == 0)
		b->n--;
}

static void big_set(Big *b, unsigned long v)
{
	big_fit(b, 2);
	b->d[0] = v & 0xffffffffL;
	b->d[1] = v >> 32;
	b->n = 2;
	big_trim(b);
}

static long big_bits(Big *b)
{
	long n;
	unsigned long top;

	if (b->n == 0)
		return 0;
	n = (b->n - 1) * 32;
	for (top = b->d[b->n - 1]; top; top >>= 1)
		n++;
	return n;
}

static int big_bit(Big *b, long i)
{
	if (i < 0 || i / 32 >= b->n)
		return 0;
	return b->d[i / 32] >> (i % 32) & 1;
}

/* whether any bit below bit i is set */
static int big_any_below(Big *b, long i)
{
	long k;

	for (k = 0; k < i / 32 && k < b->n; k++)
		if (b->d[k])
			return 1;
	if (i % 32 && k < b->n)
		return (b->d[k] & ((1UL << (i % 32)) - 1)) != 0;
	return 0;
}

static void big_shl(Big *b, long s)
{
	long w = s / 32, i;
	int r = s % 32;

	if (b->n == 0 || s == 0)
		return;
	big_fit(b, b->n + w + 1);
	b->d[b->n + w] = 0;
	for (i = b->n - 1; i >= 0; i--) {
		b->d[i + w + 1] |= r ? b->d[i] >> (32 - r) : 0;
		b->d[i + w] = (b->d[i] << r) & 0xffffffffL;
	}
	for (i = 0; i < w; i++)
		b->d[i] = 0;
	b->n += w + 1;
	big_trim(b);
}

static void big_shr(Big *b, long s)
{
	long w = s / 32, i;
	int r = s % 32;

	if (w >= b->n) {
		b->n = 0;
		return;
	}
	for (i = 0; i + w < b->n; i++) {
		b->d[i] = b->d[i + w] >> r;
		if (r && i + w + 1 < b->n)
			b->d[i] |= (b->d[i + w + 1] << (32 - r)) & 0xffffffffL;
	}
	b->n -= w;
	big_trim(b);
}

/* b = b * m + a, m and a below 2^32 */
static void big_mul_small(Big *b, unsigned long m, unsigned long a)
{
	long i;
	unsigned long c = a, x;

	for (i = 0; i < b->n; i++) {
		x = b->d[i] * m + c;
		b->d[i] = x & 0xffffffffL;
		c = x >> 32;
	}
	if (c) {
		big_fit(b, b->n + 1);
		b->d[b->n++] = c;
	}
}

static void big_mul(Big *r, Big *a, Big *b)
{
	Big t = {0};
	long i, j;
	unsigned long c, x;

	big_fit(&t, a->n + b->n + 1);
	for (i = 0; i < a->n; i++) {
		c = 0;
		for (j = 0; j < b->n; j++) {
			x = a->d[i] * b->d[j] + t.d[i + j] + c;
			t.d[i + j] = x & 0xffffffffL;
			c = x >> 32;
		}
		t.d[i + b->n] = c;
	}
	t.n = a->n + b->n;
	big_trim(&t);
	*r = t;
}

static int big_cmp(Big *a, Big *b)
{
	long i;

	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (i = a->n - 1; i >= 0; i--)
		if (a->d[i] != b->d[i])
			return a->d[i] < b->d[i] ? -1 : 1;
	return 0;
}

/* a += b, or a -= b (with a >= b) */
static void big_addsub(Big *a, Big *b, int sub)
{
	long i, n = a->n > b->n ? a->n : b->n;
	long c = 0, x;

	big_fit(a, n + 1);
	for (i = a->n; i <= n; i++)
		a->d[i] = 0;
	for (i = 0; i <= n; i++) {
		x = (long)a->d[i] + (sub ? -c : c);
		if (i < b->n)
			x += sub ? -(long)b->d[i] : (long)b->d[i];
		if (sub) {
			c = x < 0;
			x += c ? 0x100000000L : 0;
		} else {
			c = x >> 32;
			x &= 0xffffffffL;
		}
		a->d[i] = x;
	}
	a->n = n + 1;
	big_trim(a);
}

/* q = a / b, and whether a remainder is left */
static int big_div(Big *q, Big *a, Big *b)
{
	Big r = {0};
	long i;

	big_fit(q, a->n + 1);
	for (i = 0; i < a->n + 1; i++)
		q->d[i] = 0;
	q->n = a->n;
	for (i = big_bits(a) - 1; i >= 0; i--) {
		big_shl(&r, 1);
		if (big_bit(a, i)) {
			if (r.n == 0)
				big_set(&r, 1);
			else
				r.d[0] |= 1;
		}
		if (big_cmp(&r, b) >= 0) {
			big_addsub(&r, b, 1);
			q->d[i / 32] |= 1UL << (i % 32);
		}
	}
	big_trim(q);
	return r.n != 0;
}

/* the mantissa bits (with the hidden one) and the exponent bits of t */
static int prec(Type *t, int *ebits)
{
	if (t->kind == TY_FLOAT) {
		*ebits = 8;
		return 24;
	}
	if (t->kind == TY_DOUBLE) {
		*ebits = 11;
		return 53;
	}
	*ebits = 15;
	return 113;
}

static void pack(Fval *r, Type *t, int sign, long bexp, Big *frac)
{
	unsigned long lo = 0, hi = 0;
	int ebits, p = prec(t, &ebits);

	if (frac->n > 0)
		lo = frac->d[0];
	if (frac->n > 1)
		lo |= frac->d[1] << 32;
	if (frac->n > 2)
		hi = frac->d[2];
	if (frac->n > 3)
		hi |= frac->d[3] << 32;
	if (p == 24) {
		r->lo = (long)sign << 31 | bexp << 23 | lo;
		r->hi = 0;
	} else if (p == 53) {
		r->lo = (long)sign << 63 | bexp << 52 | lo;
		r->hi = 0;
	} else {
		r->lo = lo;
		r->hi = (long)sign << 63 | bexp << 48 | hi;
	}
}

static void special(Fval *r, Type *t, int sign, int cls)
{
	Big f = {0};
	int ebits, p = prec(t, &ebits);

	if (cls == F_NAN) {
		big_set(&f, 1);
		big_shl(&f, p - 2);
	}
	pack(r, t, sign, cls == F_ZERO ? 0 : (1L << ebits) - 1, &f);
}

/* m * 2^e, with sticky set when bits below it are lost, rounded to t */
static void round_pack(Fval *r, Type *t, int sign, Big *m, long e, int sticky)
{
	int ebits, p = prec(t, &ebits), half, rest;
	long bias, emin, len, shift;
	Big one;

	bias = (1L << (ebits - 1)) - 1;
	emin = 1 - bias;
	len = big_bits(m);
	if (len == 0) {
		special(r, t, sign, F_ZERO);
		return;
	}
	if (e + len - 1 < emin)
		shift = emin - (p - 1) - e;
	else
		shift = len - p;
	if (shift > 0) {
		half = big_bit(m, shift - 1);
		rest = sticky || big_any_below(m, shift - 1);
		big_shr(m, shift);
		e += shift;
		if (half && (rest || big_bit(m, 0))) {
			memset(&one, 0, sizeof one);
			big_set(&one, 1);
			big_addsub(m, &one, 0);
			if (big_bits(m) > p) {
				big_shr(m, 1);
				e++;
			}
		}
	} else if (shift < 0) {
		big_shl(m, -shift);
		e += shift;
	}
	if (big_bits(m) == p) {
		if (e + p - 1 + bias >= (1L << ebits) - 1) {
			special(r, t, sign, F_INF);
			return;
		}
		m->d[(p - 1) / 32] &= ~(1UL << ((p - 1) % 32));
		big_trim(m);
		pack(r, t, sign, e + p - 1 + bias, m);
	} else {
		pack(r, t, sign, 0, m);
	}
}

/* the class of a, and its sign, mantissa and exponent */
static int unpack(Fval *a, Type *t, int *sign, Big *m, long *e)
{
	int ebits, p = prec(t, &ebits);
	unsigned long lo = a->lo, hi = 0, bexp;
	long bias = (1L << (ebits - 1)) - 1;

	memset(m, 0, sizeof(Big));
	if (p == 24) {
		*sign = lo >> 31 & 1;
		bexp = lo >> 23 & 255;
		lo &= 0x7fffff;
	} else if (p == 53) {
		*sign = lo >> 63;
		bexp = lo >> 52 & 2047;
		lo &= 0xfffffffffffffL;
	} else {
		hi = a->hi;
		*sign = hi >> 63;
		bexp = hi >> 48 & 32767;
		hi &= 0xffffffffffffL;
	}
	big_fit(m, 4);
	m->d[0] = lo & 0xffffffffL;
	m->d[1] = lo >> 32;
	m->d[2] = hi & 0xffffffffL;
	m->d[3] = hi >> 32;
	m->n = 4;
	big_trim(m);
	if (bexp == (unsigned long)(1L << ebits) - 1)
		return m->n ? F_NAN : F_INF;
	if (bexp == 0) {
		*e = 1 - bias - (p - 1);
		return m->n ? F_FINITE : F_ZERO;
	}
	m->d[(p - 1) / 32] |= 1UL << ((p - 1) % 32);
	if (m->n <= (p - 1) / 32)
		m->n = (p - 1) / 32 + 1;
	*e = bexp - bias - (p - 1);
	return F_FINITE;
}

static void pow10(Big *b, long k)
{
	big_set(b, 1);
	for (; k >= 9; k -= 9)
		big_mul_small(b, 1000000000, 0);
	for (; k > 0; k--)
		big_mul_small(b, 10, 0);
}

/* a decimal or hexadecimal floating constant, without its suffix; 0 if
 * it is not one */
int flt_parse(Fval *r, char *s, int len, Type *t)
{
	char *end = s + len;
	Big d, den, q;
	long e = 0, x = 0, ndig = 0, sh;
	int hex = len > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
	int point = 0, esign = 1, seen = 0, ebits, rem;

	memset(&d, 0, sizeof d);
	memset(&den, 0, sizeof den);
	memset(&q, 0, sizeof q);
	if (hex)
		s += 2;
	for (; s < end; s++) {
		if (*s == '.' && !point) {
			point = 1;
		} else if (hex ? hex_digit(*s) >= 0 : (*s >= '0' && *s <= '9')) {
			seen = 1;
			if (d.n || *s != '0') {
				big_mul_small(&d, hex ? 16 : 10, hex ? hex_digit(*s) : *s - '0');
				ndig++;
			}
			if (point)
				e -= hex ? 4 : 1;
		} else {
			break;
		}
	}
	if (!seen)
		return 0;
	if (s < end && (hex ? (*s == 'p' || *s == 'P') : (*s == 'e' || *s == 'E'))) {
		s++;
		if (s < end && (*s == '+' || *s == '-'))
			esign = *s++ == '-' ? -1 : 1;
		if (s == end)
			return 0;
		for (; s < end && *s >= '0' && *s <= '9'; s++)
			if (x < 100000000)
				x = x * 10 + *s - '0';
	} else if (hex) {
		return 0;
	}
	if (s != end)
		return 0;
	e += esign * x;
	if (d.n == 0) {
		special(r, t, 0, F_ZERO);
		return 1;
	}
	if (hex) {
		round_pack(r, t, 0, &d, e, 0);
		return 1;
	}
	if (e + ndig > 5000) {
		special(r, t, 0, F_INF);
		return 1;
	}
	if (e + ndig < -5000) {
		special(r, t, 0, F_ZERO);
		return 1;
	}
	if (e >= 0) {
		pow10(&den, e);
		big_mul(&d, &d, &den);
		round_pack(r, t, 0, &d, 0, 0);
		return 1;
	}
	pow10(&den, -e);
	sh = prec(t, &ebits) + 3 + big_bits(&den) - big_bits(&d);
	if (sh < 0)
		sh = 0;
	big_shl(&d, sh);
	rem = big_div(&q, &d, &den);
	round_pack(r, t, 0, &q, -sh, rem);
	return 1;
}

void flt_binop(Fval *r, int op, Fval *a, Fval *b, Type *t)
{
	Big ma, mb, q;
	long ea = 0, eb = 0, sh;
	int sa, sb, ca, cb, ebits, rem, c;

	ca = unpack(a, t, &sa, &ma, &ea);
	cb = unpack(b, t, &sb, &mb, &eb);
	if (op == N_SUB)
		sb = !sb;
	if (ca == F_NAN || cb == F_NAN) {
		special(r, t, 0, F_NAN);
		return;
	}
	if (op == N_ADD || op == N_SUB) {
		if (ca == F_INF || cb == F_INF) {
			if (ca == F_INF && cb == F_INF && sa != sb)
				special(r, t, 0, F_NAN);
			else
				special(r, t, ca == F_INF ? sa : sb, F_INF);
			return;
		}
		if (ca == F_ZERO && cb == F_ZERO) {
			special(r, t, sa && sb, F_ZERO);
			return;
		}
		/* a zero operand has no bits, and the smallest exponent */
		if (ea > eb) {
			big_shl(&ma, ea - eb);
			ea = eb;
		} else {
			big_shl(&mb, eb - ea);
		}
		if (sa == sb) {
			big_addsub(&ma, &mb, 0);
		} else {
			c = big_cmp(&ma, &mb);
			if (c == 0) {
				special(r, t, 0, F_ZERO);
				return;
			}
			if (c > 0) {
				big_addsub(&ma, &mb, 1);
			} else {
				big_addsub(&mb, &ma, 1);
				ma = mb;
				sa = sb;
			}
		}
		round_pack(r, t, sa, &ma, ea, 0);
		return;
	}
	sa ^= sb;
	if (op == N_MUL) {
		if ((ca == F_INF && cb == F_ZERO) || (ca == F_ZERO && cb == F_INF)) {
			special(r, t, 0, F_NAN);
		} else if (ca == F_INF || cb == F_INF) {
			special(r, t, sa, F_INF);
		} else {
			/* a zero times anything is a zero */
			big_mul(&ma, &ma, &mb);
			round_pack(r, t, sa, &ma, ea + eb, 0);
		}
		return;
	}
	if ((ca == F_INF && cb == F_INF) || (ca == F_ZERO && cb == F_ZERO)) {
		special(r, t, 0, F_NAN);
	} else if (ca == F_INF || cb == F_ZERO) {
		special(r, t, sa, F_INF);
	} else if (ca == F_ZERO || cb == F_INF) {
		special(r, t, sa, F_ZERO);
	} else {
		memset(&q, 0, sizeof q);
		sh = prec(t, &ebits) + 3 + big_bits(&mb) - big_bits(&ma);
		if (sh < 0)
			sh = 0;
		big_shl(&ma, sh);
		rem = big_div(&q, &ma, &mb);
		round_pack(r, t, sa, &q, ea - eb - sh, rem);
	}
}

/* -1, 0 or 1 as a is below, equal to or above b; 2 if unordered: the
 * sign of a - b, which is exact enough for it */
int flt_cmp(Fval *a, Fval *b, Type *t)
{
	Big m;
	long e;
	int sa, sb, ca = unpack(a, t, &sa, &m, &e), cb = unpack(b, t, &sb, &m, &e);
	Fval d;

	if (ca == F_NAN || cb == F_NAN)
		return 2;
	if (ca == F_INF && cb == F_INF && sa == sb)
		return 0;
	flt_binop(&d, N_SUB, a, b, t);
	if (unpack(&d, t, &sa, &m, &e) == F_ZERO)
		return 0;
	return sa ? -1 : 1;
}

void flt_conv(Fval *r, Fval *a, Type *from, Type *to)
{
	Big m;
	long e = 0;
	int s, c = unpack(a, from, &s, &m, &e);

	if (c == F_FINITE)
		round_pack(r, to, s, &m, e, 0);
	else
		special(r, to, c == F_NAN ? 0 : s, c);
}

void flt_from_int(Fval *r, long v, int uns, Type *to)
{
	Big m = {0};
	int s = !uns && v < 0;

	big_set(&m, s ? 0 - (unsigned long)v : (unsigned long)v);
	round_pack(r, to, s, &m, 0, 0);
}

/* a truncated to an integer; 0 in *ok if it does not fit */
long flt_to_int(Fval *a, Type *from, int uns, int *ok)
{
	Big m;
	long e = 0;
	unsigned long v;
	int s, c = unpack(a, from, &s, &m, &e);

	*ok = c == F_FINITE || c == F_ZERO;
	if (c != F_FINITE)
		return 0;
	if (e >= 0) {
		if (big_bits(&m) + e > 63 + uns) {
			*ok = 0;
			return 0;
		}
		big_shl(&m, e);
	} else {
		big_shr(&m, -e);
	}
	v = m.n > 0 ? m.d[0] : 0;
	if (m.n > 1)
		v |= m.d[1] << 32;
	if (s && v && uns)
		*ok = 0;
	return s ? (long)(0 - v) : (long)v;
}

int flt_is_zero(Fval *a, Type *t)
{
	Big m;
	long e;
	int s;

	return unpack(a, t, &s, &m, &e) == F_ZERO;
}

void flt_neg(Fval *r, Fval *a, Type *t)
{
	*r = *a;
	if (t->kind == TY_FLOAT)
		r->lo ^= 1L << 31;
	else if (t->kind == TY_DOUBLE)
		r->lo ^= 1UL << 63;
	else
		r->hi ^= 1UL << 63;
}

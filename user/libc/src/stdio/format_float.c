/* %e %f %g %a (and upper case): exact, for double and for long double
 * (binary128 on aarch64). A finite value is m * 2^e with integer m, so
 * its decimal expansion is finite: m * 2^e or m * 5^-e * 10^e, computed
 * as a big integer. Rounding to the precision is then done on the
 * digits, half to even, as glibc does in the default rounding mode. */
#include <stdint.h>
#include <string.h>
#include "big.h"
#include "format.h"

/* 2^113 * 5^16494, a binary128 subnormal, has 11564 digits. */
#define MAXDIG 11600

/* The biased exponent field of v (its sign already cleared). */
static int exp_field(const struct fp_value *v)
{
	return (int)(u128_shr(v->bits, v->f.mant - 1).lo & ((1U << v->f.expbits) - 1));
}

/* Digits of |v| (finite), no trailing zeros: |v| = 0.d * 10^dexp. Zero is
 * "0" with dexp 1. Returns the count. */
static int exact_digits(const struct fp_value *v, char *d, int *dexp)
{
	struct u128 m = u128_low(v->bits, v->f.mant - 1);
	int ef = exp_field(v);
	int e = (ef ? ef : 1) - v->f.emax - (v->f.mant - 1);
	static struct big b;
	int n;

	if (ef)
		m = u128_setbit(m, v->f.mant - 1);
	if (u128_zero(m)) {
		strcpy(d, "0");
		*dexp = 1;
		return 1;
	}
	__big_set(&b, m.hi);
	__big_mul_pow2(&b, 32);
	__big_add(&b, (uint32_t)(m.lo >> 32));
	__big_mul_pow2(&b, 32);
	__big_add(&b, (uint32_t)m.lo);
	if (e >= 0)
		__big_mul_pow2(&b, e);
	else
		__big_mul_pow5(&b, -e);
	n = __big_digits(&b, d);
	*dexp = e >= 0 ? n : n + e;
	while (n > 1 && d[n - 1] == '0')
		n--;
	return n;
}

/* Round the nd digits of d to keep digits, half to even; returns the new
 * count (0 when the value rounds to zero), without trailing zeros. */
static int round_digits(char *d, int nd, int *dexp, int keep)
{
	int up, i;

	if (keep >= nd)
		return nd;
	if (keep < 0)
		return 0;
	up = d[keep] > '5' || (d[keep] == '5' &&
		(keep + 1 < nd || (keep > 0 && (d[keep - 1] - '0') % 2)));
	nd = keep;
	if (up) {
		for (i = nd - 1; i >= 0 && d[i] == '9'; i--)
			nd--;
		if (i < 0) {
			d[0] = '1';
			nd = 1;
			++*dexp;
		} else {
			d[i]++;
		}
	}
	while (nd > 0 && d[nd - 1] == '0')
		nd--;
	return nd;
}

static char digit_at(const char *d, int nd, int j)
{
	return j >= 0 && j < nd ? d[j] : '0';
}

/* What an emit function prints: the digits d (nd of them, the value
 * 0.d * 10^dexp) with a precision, conversion and '#' flag; or, for
 * emit_text, nd bytes of text. */
struct body {
	const char *d;
	int nd, dexp, prec, conv, hash;
	int zeros, zeros_at; /* emit_text: zeros to insert after zeros_at bytes */
};

/* prefix (the sign, "0x"), then the body of len bytes via emit, padded
 * to width with spaces or, after the prefix, zeros. */
static void pad_out(struct sink *k, const char *prefix, long len, int flags, int width,
		    void (*emit)(struct sink *, const struct body *), const struct body *b)
{
	long plen = (long)strlen(prefix);
	long fill = width - plen - len;

	if (fill < 0)
		fill = 0;
	if (!(flags & (FL_MINUS | FL_ZERO)))
		__sink_pad(k, ' ', fill);
	__sink_put(k, prefix, plen);
	if ((flags & (FL_MINUS | FL_ZERO)) == FL_ZERO)
		__sink_pad(k, '0', fill);
	emit(k, b);
	if (flags & FL_MINUS)
		__sink_pad(k, ' ', fill);
}

static void emit_f(struct sink *k, const struct body *b)
{
	char c;

	if (b->dexp <= 0) {
		__sink_put(k, "0", 1);
	} else {
		for (int j = 0; j < b->dexp; j++) {
			c = digit_at(b->d, b->nd, j);
			__sink_put(k, &c, 1);
		}
	}
	if (b->prec || b->hash)
		__sink_put(k, ".", 1);
	for (int i = 0; i < b->prec; i++) {
		c = digit_at(b->d, b->nd, b->dexp + i);
		__sink_put(k, &c, 1);
	}
}

static int exp_len(int x)
{
	if (x < 0)
		x = -x;
	return x >= 1000 ? 4 : x >= 100 ? 3 : 2;
}

static void emit_e(struct sink *k, const struct body *b)
{
	int x = b->nd ? b->dexp - 1 : 0;
	char buf[8];
	char c = digit_at(b->d, b->nd, 0);
	int n = exp_len(x);

	__sink_put(k, &c, 1);
	if (b->prec || b->hash)
		__sink_put(k, ".", 1);
	for (int i = 1; i <= b->prec; i++) {
		c = digit_at(b->d, b->nd, i);
		__sink_put(k, &c, 1);
	}
	buf[0] = (char)(b->conv == 'E' ? 'E' : 'e');
	buf[1] = (char)(x < 0 ? '-' : '+');
	if (x < 0)
		x = -x;
	for (int i = n; i > 0; i--, x /= 10)
		buf[1 + i] = (char)('0' + x % 10);
	__sink_put(k, buf, n + 2);
}

static long len_f(const struct body *b)
{
	return (b->dexp > 0 ? b->dexp : 1) + (b->prec || b->hash) + b->prec;
}

static long len_e(const struct body *b)
{
	return 1 + (b->prec || b->hash) + b->prec + 2 + exp_len(b->nd ? b->dexp - 1 : 0);
}

static void emit_text(struct sink *k, const struct body *b)
{
	__sink_put(k, b->d, b->zeros_at && b->zeros ? b->zeros_at : b->nd);
	if (b->zeros_at && b->zeros) {
		__sink_pad(k, '0', b->zeros);
		__sink_put(k, b->d + b->zeros_at, b->nd - b->zeros_at);
	}
}

/* %a: 0x1.<hex digits>p<exp> for normal numbers, 0x0.<...>p<emin> for
 * subnormal ones (13 digits for double, 28 for binary128); the precision
 * rounds the fraction, half to even. */
static void format_hex(struct sink *k, const struct fp_value *v, const char *sign,
		       int flags, int width, int prec, int upper)
{
	const char *hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	int fbits = v->f.mant - 1, ndig = (fbits + 3) / 4;
	struct u128 frac = u128_shl(u128_low(v->bits, fbits), ndig * 4 - fbits);
	int ef = exp_field(v);
	int lead = ef ? 1 : 0, e, n = 0, nfrac;
	char prefix[4], text[64];
	struct body b;

	if (ef)
		e = ef - v->f.emax;
	else
		e = u128_zero(frac) ? 0 : 1 - v->f.emax;
	if (prec >= 0 && prec < ndig) {
		int drop = 4 * (ndig - prec);
		struct u128 rest = u128_low(frac, drop);
		int half = u128_bit(frac, drop - 1);
		int above = !u128_zero(u128_low(rest, drop - 1));
		frac = u128_shr(frac, drop);
		if (half && (above || ((prec ? frac.lo : (uint64_t)lead) & 1)))
			frac = u128_inc(frac);
		if (u128_bit(frac, 4 * prec)) {
			lead++;
			frac = u128_low(frac, 4 * prec);
		}
		nfrac = prec;
	} else {
		nfrac = ndig;
		while (prec < 0 && nfrac > 0 && !(frac.lo & 0xf)) {
			frac = u128_shr(frac, 4);
			nfrac--;
		}
	}
	text[n++] = (char)('0' + lead);
	if (nfrac || (flags & FL_HASH))
		text[n++] = '.';
	for (int i = nfrac - 1; i >= 0; i--)
		text[n++] = hex[u128_shr(frac, 4 * i).lo & 0xf];
	text[n++] = upper ? 'P' : 'p';
	text[n++] = (char)(e < 0 ? '-' : '+');
	if (e < 0)
		e = -e;
	{
		char tmp[8];
		int t = 0;
		do
			tmp[t++] = (char)('0' + e % 10);
		while (e /= 10);
		while (t)
			text[n++] = tmp[--t];
	}
	strcpy(prefix, sign);
	strcat(prefix, upper ? "0X" : "0x");
	b.d = text;
	b.nd = n;
	b.zeros = prec > ndig ? prec - ndig : 0;
	b.zeros_at = 1 + (nfrac || (flags & FL_HASH)) + nfrac;
	pad_out(k, prefix, n + b.zeros, flags, width, emit_text, &b);
}

void __format_float(struct sink *k, const struct fp_value *v, int flags, int width, int prec,
		    int conv)
{
	static char d[MAXDIG + 2];
	int upper = conv >= 'A' && conv <= 'Z';
	int lower = conv | 32;
	struct u128 sign_bit = u128_setbit((struct u128){ 0, 0 }, v->f.mant + v->f.expbits - 1);
	struct fp_value a = *v;
	const char *sign = "";
	struct body b;

	if ((v->bits.hi & sign_bit.hi) || (v->bits.lo & sign_bit.lo))
		sign = "-";
	else if (flags & FL_PLUS)
		sign = "+";
	else if (flags & FL_SPACE)
		sign = " ";
	a.bits = u128_low(v->bits, v->f.mant + v->f.expbits - 1);
	memset(&b, 0, sizeof b);
	if (exp_field(&a) == (1 << a.f.expbits) - 1) {
		b.d = !u128_zero(u128_low(a.bits, a.f.mant - 1)) ? (upper ? "NAN" : "nan")
								 : (upper ? "INF" : "inf");
		b.nd = 3;
		pad_out(k, sign, 3, flags & ~FL_ZERO, width, emit_text, &b);
		return;
	}
	if (lower == 'a') {
		format_hex(k, &a, sign, flags, width, prec, upper);
		return;
	}
	if (prec < 0)
		prec = 6;
	b.d = d;
	b.conv = conv;
	b.hash = flags & FL_HASH;
	b.nd = exact_digits(&a, d, &b.dexp);
	if (lower == 'f') {
		b.nd = round_digits(d, b.nd, &b.dexp, b.dexp + prec);
		b.prec = prec;
		pad_out(k, sign, len_f(&b), flags, width, emit_f, &b);
		return;
	}
	if (lower == 'e') {
		b.nd = round_digits(d, b.nd, &b.dexp, prec + 1);
		b.prec = prec;
		pad_out(k, sign, len_e(&b), flags, width, emit_e, &b);
		return;
	}
	/* %g: P significant digits, f style when the exponent X allows. */
	{
		int p = prec ? prec : 1;
		int x10;
		b.nd = round_digits(d, b.nd, &b.dexp, p);
		x10 = b.dexp - 1;
		b.conv = upper ? 'E' : 'e';
		if (p > x10 && x10 >= -4) {
			b.prec = p - 1 - x10;
			if (!b.hash && b.prec > b.nd - b.dexp)
				b.prec = b.nd - b.dexp > 0 ? b.nd - b.dexp : 0;
			pad_out(k, sign, len_f(&b), flags, width, emit_f, &b);
		} else {
			b.prec = p - 1;
			if (!b.hash && b.prec > b.nd - 1)
				b.prec = b.nd - 1;
			pad_out(k, sign, len_e(&b), flags, width, emit_e, &b);
		}
	}
}

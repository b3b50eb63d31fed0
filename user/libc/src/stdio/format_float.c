/* %e %f %g %a (and upper case): exact. A double is m * 2^e with integer
 * m, so its decimal expansion is finite: m * 2^e or m * 5^-e * 10^e,
 * computed as a big integer. Rounding to the precision is then done on
 * the digits, half to even, as glibc does in the default rounding mode. */
#include <stdint.h>
#include <string.h>
#include "big.h"
#include "format.h"

/* 5^1074 * 2^53 has 767 digits. */
#define MAXDIG 800

union dbits {
	double f;
	uint64_t i;
};

/* Digits of |x| (finite), no trailing zeros: |x| = 0.d * 10^dexp. Zero is
 * "0" with dexp 1. Returns the count. */
static int exact_digits(double x, char *d, int *dexp)
{
	union dbits u = { x };
	uint64_t m = u.i & ((1ULL << 52) - 1);
	int e = (int)(u.i >> 52 & 0x7ff);
	struct big b;
	int n;

	if (e) {
		m |= 1ULL << 52;
		e -= 1075;
	} else {
		e = -1074;
	}
	if (!m) {
		strcpy(d, "0");
		*dexp = 1;
		return 1;
	}
	__big_set(&b, m);
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

/* Emit prefix, then body of len bytes via emit, padded to width. */
struct body {
	const char *d;
	int nd, dexp, prec, conv, hash;
};

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
	__sink_put(k, b->d, b->nd);
}

/* %a: 0x1.<13 hex digits>p<exp> for normal numbers, 0x0.<...>p-1022 for
 * subnormal ones; the precision rounds the fraction, half to even. */
static void format_hex(struct sink *k, union dbits u, const char *sign, int flags,
		       int width, int prec, int upper)
{
	const char *hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	uint64_t frac = u.i & ((1ULL << 52) - 1);
	int e = (int)(u.i >> 52 & 0x7ff);
	int lead = e ? 1 : 0;
	char prefix[4], text[64];
	struct body b;
	int n = 0, nfrac;

	if (!e && !frac)
		e = 1023; /* zero prints as 0x0p+0 */
	else if (!e)
		e = 1;
	e -= 1023;
	if (prec >= 0 && prec < 13) {
		int drop = 4 * (13 - prec);
		uint64_t rest = frac & ((1ULL << drop) - 1);
		uint64_t half = 1ULL << (drop - 1);
		frac >>= drop;
		if (rest > half || (rest == half && ((prec ? frac : (uint64_t)lead) & 1)))
			frac++;
		if (frac >> (4 * prec)) {
			lead++;
			frac &= (1ULL << (4 * prec)) - 1;
		}
		nfrac = prec;
	} else {
		nfrac = 13;
		while (prec < 0 && nfrac > 0 && !(frac & 0xf)) {
			frac >>= 4;
			nfrac--;
		}
	}
	text[n++] = (char)('0' + lead);
	if (nfrac || (flags & FL_HASH))
		text[n++] = '.';
	for (int i = nfrac - 1; i >= 0; i--)
		text[n++] = hex[(frac >> (4 * i)) & 0xf];
	for (int i = 13; i < prec; i++)
		text[n++] = '0';
	n += (int)(strlen(strcpy(text + n, upper ? "P" : "p")));
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
	pad_out(k, prefix, n, flags, width, emit_text, &b);
}

void __format_float(struct sink *k, double x, int flags, int width, int prec, int conv)
{
	union dbits u = { x };
	int upper = conv >= 'A' && conv <= 'Z';
	int lower = conv | 32;
	const char *sign = "";
	char d[MAXDIG + 2];
	struct body b;

	if (u.i >> 63)
		sign = "-";
	else if (flags & FL_PLUS)
		sign = "+";
	else if (flags & FL_SPACE)
		sign = " ";
	u.i &= ~(1ULL << 63);
	if ((u.i >> 52) == 0x7ff) {
		b.d = (u.i << 12) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
		b.nd = 3;
		pad_out(k, sign, 3, flags & ~FL_ZERO, width, emit_text, &b);
		return;
	}
	if (lower == 'a') {
		format_hex(k, u, sign, flags, width, prec, upper);
		return;
	}
	if (prec < 0)
		prec = 6;
	b.d = d;
	b.conv = conv;
	b.hash = flags & FL_HASH;
	b.nd = exact_digits(u.f, d, &b.dexp);
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

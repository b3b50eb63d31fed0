/* strtod, strtof, strtold, correctly rounded (to nearest, ties to even),
 * and atof.
 *
 * Decimal: the significant digits D (at most MAXDIG; any nonzero digit
 * beyond them becomes one extra digit 1, which changes no rounding
 * decision since a tie between two values of the format needs fewer
 * digits than that) and the exponent E give the value D * 10^E =
 * num / den as big integers. Scaling by a power of two k brings num/den
 * into [1, 2); then the binary digits are taken one at a time by compare
 * and subtract, and the remainder decides the rounding. Hexadecimal
 * input is exact already. Each format is rounded to once, never through
 * another (so strtof does not round twice). */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "big.h"
#include "fp.h"

/* More than a halfway point of binary128 needs (about 11500 digits are
 * needed only by tiny subnormals, whose halfway points this still
 * rounds right because the sticky digit stands for the rest). */
#define MAXDIG 800

/* Beyond these decimal magnitudes every format is infinite or zero. */
#define MAX_E10 4940
#define MIN_E10 (-4970)

static struct u128 sign_bit(struct fp_format f)
{
	struct u128 one = { 0, 1 };
	return u128_shl(one, f.mant + f.expbits - 1);
}

static struct u128 inf_bits(struct fp_format f, int neg)
{
	struct u128 e = { 0, (uint64_t)(2 * f.emax + 1) };
	struct u128 r = u128_shl(e, f.mant - 1);

	if (neg) {
		struct u128 s = sign_bit(f);
		r.hi |= s.hi;
		r.lo |= s.lo;
	}
	return r;
}

static struct u128 zero_bits(struct fp_format f, int neg)
{
	struct u128 z = { 0, 0 };
	return neg ? sign_bit(f) : z;
}

/* Bits a result with binary exponent k keeps: mant, fewer if subnormal. */
static int bits_for(struct fp_format f, int k)
{
	return k >= 1 - f.emax ? f.mant : f.mant - (1 - f.emax - k);
}

/* q (bits binary digits, the first worth 2^k) rounded with the next bit
 * half and whether anything nonzero follows (sticky), as raw bits of f. */
static struct u128 pack(struct fp_format f, struct u128 q, int half, int sticky, int k,
			int bits, int neg)
{
	struct u128 r, e, s;

	if (half && (sticky || (q.lo & 1)))
		q = u128_inc(q);
	if (bits == f.mant && u128_bit(q, f.mant)) {
		q = u128_shr(q, 1);
		k++;
	}
	if (bits < f.mant || !u128_bit(q, f.mant - 1)) {
		/* Subnormal, or rounded up into the smallest normal: the raw
		 * bits are q itself. */
		r = q;
		if (half || sticky)
			errno = ERANGE;
	} else if (k > f.emax) {
		errno = ERANGE;
		return inf_bits(f, neg);
	} else {
		e.hi = 0;
		e.lo = (uint64_t)(k + f.emax);
		e = u128_shl(e, f.mant - 1);
		r = u128_low(q, f.mant - 1);
		r.hi |= e.hi;
		r.lo |= e.lo;
	}
	if (neg) {
		s = sign_bit(f);
		r.hi |= s.hi;
		r.lo |= s.lo;
	}
	return r;
}

static struct u128 decimal(struct fp_format f, const char *dig, int nd, long e10, int neg)
{
	static struct big num, den;
	struct u128 q = { 0, 0 };
	int k, bits;

	if (nd + e10 > MAX_E10) {
		errno = ERANGE;
		return inf_bits(f, neg);
	}
	if (nd + e10 < MIN_E10) {
		errno = ERANGE;
		return zero_bits(f, neg);
	}
	__big_set(&num, 0);
	for (int i = 0; i < nd; i++) {
		__big_mul(&num, 10);
		__big_add(&num, (uint32_t)(dig[i] - '0'));
	}
	__big_set(&den, 1);
	if (e10 >= 0)
		__big_mul_pow10(&num, (int)e10);
	else
		__big_mul_pow10(&den, (int)-e10);
	/* log2(10) ~ 3.32: a first guess at k, corrected below. */
	k = (int)((nd + e10) * 3.32192809488736) - 1;
	if (k > 0)
		__big_mul_pow2(&den, k);
	else
		__big_mul_pow2(&num, -k);
	while (__big_cmp(&num, &den) < 0) {
		__big_mul(&num, 2);
		k--;
	}
	for (;;) {
		__big_mul(&den, 2);
		if (__big_cmp(&num, &den) < 0)
			break;
		k++;
	}
	/* den is now twice the divisor: num/den in [1/2, 1). */
	bits = bits_for(f, k);
	if (bits < 0)
		return pack(f, q, 0, 1, k, 0, neg);
	for (int i = 0; i <= bits; i++) {
		int bit = 0;
		__big_mul(&num, 2);
		if (__big_cmp(&num, &den) >= 0) {
			__big_sub(&num, &den);
			bit = 1;
		}
		q = u128_shl1(q, bit);
	}
	return pack(f, u128_shr(q, 1), (int)(q.lo & 1), num.n != 0, k, bits, neg);
}

/* The value of the hex digits at p (after "0x"); 0 if there are none. */
static int hexadecimal(struct fp_format f, const char *p, char **end, int neg,
		       struct u128 *r)
{
	struct u128 m = { 0, 0 };
	int sticky = 0, any = 0, point = 0, k, bits, shift;
	long e2 = 0;

	for (;; p++) {
		int c = (unsigned char)*p, d;
		if (c == '.' && !point) {
			point = 1;
			continue;
		}
		if (!isxdigit(c))
			break;
		d = isdigit(c) ? c - '0' : (c | 32) - 'a' + 10;
		any = 1;
		if (m.hi >> 60) {
			sticky |= d != 0;
			if (!point)
				e2 += 4;
		} else {
			m = u128_shl(m, 4);
			m.lo |= (uint64_t)d;
			if (point)
				e2 -= 4;
		}
	}
	if (!any)
		return 0;
	if ((*p | 32) == 'p') {
		const char *s = p + 1;
		int eneg = 0;
		long x = 0;
		if (*s == '+' || *s == '-')
			eneg = *s++ == '-';
		if (isdigit((unsigned char)*s)) {
			for (; isdigit((unsigned char)*s); s++)
				if (x < 100000)
					x = x * 10 + (*s - '0');
			e2 += eneg ? -x : x;
			p = s;
		}
	}
	*end = (char *)p;
	if (u128_zero(m)) {
		*r = zero_bits(f, neg);
		return 1;
	}
	for (shift = 0; !u128_bit(m, 127); shift++)
		m = u128_shl1(m, 0);
	k = (int)(e2 + 127 - shift);
	if (k < MIN_E10 * 4)
		k = MIN_E10 * 4;
	if (k > MAX_E10 * 4)
		k = MAX_E10 * 4;
	bits = bits_for(f, k);
	if (bits < 0) {
		*r = pack(f, u128_shr(m, 128), 0, 1, k, 0, neg);
	} else {
		/* The top bits of m, the next one, and whether any below. */
		struct u128 rest = u128_low(m, 127 - bits);
		sticky |= !u128_zero(rest);
		*r = pack(f, u128_shr(m, 128 - bits), u128_bit(m, 127 - bits), sticky, k,
			  bits, neg);
	}
	return 1;
}

static int word(const char *p, const char *w)
{
	size_t n = strlen(w);

	for (size_t i = 0; i < n; i++)
		if (tolower((unsigned char)p[i]) != w[i])
			return 0;
	return (int)n;
}

/* Parse a number for format f; the raw bits of the result. */
static struct u128 parse(struct fp_format f, const char *s, char **endp)
{
	char dig[MAXDIG + 1];
	const char *p = s;
	int neg = 0, nd = 0, any = 0, point = 0, extra = 0, n;
	long e10 = 0;
	struct u128 r;

	while (isspace((unsigned char)*p))
		p++;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	if ((n = word(p, "infinity")) || (n = word(p, "inf"))) {
		*endp = (char *)p + n;
		return inf_bits(f, neg);
	}
	if ((n = word(p, "nan"))) {
		/* A quiet NaN; nan(digits) puts the number in the payload. */
		struct u128 payload = { 0, 0 }, quiet = { 0, 1 };
		p += n;
		if (*p == '(') {
			const char *q = p + 1;
			while (isalnum((unsigned char)*q) || *q == '_')
				q++;
			if (*q == ')') {
				char *e;
				payload.lo = strtoull(p + 1, &e, 0);
				if (e != q)
					payload.lo = 0;
				p = q + 1;
			}
		}
		*endp = (char *)p;
		r = inf_bits(f, neg);
		quiet = u128_shl(quiet, f.mant - 2);
		payload = u128_low(payload, f.mant - 2);
		r.hi |= quiet.hi | payload.hi;
		r.lo |= quiet.lo | payload.lo;
		return r;
	}
	if (p[0] == '0' && (p[1] | 32) == 'x') {
		if (hexadecimal(f, p + 2, endp, neg, &r))
			return r;
		*endp = (char *)p + 1;
		return zero_bits(f, neg);
	}
	for (;; p++) {
		if (*p == '.' && !point) {
			point = 1;
			continue;
		}
		if (!isdigit((unsigned char)*p))
			break;
		any = 1;
		if (*p == '0' && !nd) {
			if (point)
				e10--;
			continue;
		}
		if (nd < MAXDIG) {
			dig[nd++] = *p;
			if (point)
				e10--;
		} else {
			extra |= *p != '0';
			if (!point)
				e10++;
		}
	}
	if (!any) {
		*endp = (char *)s;
		return zero_bits(f, 0);
	}
	if ((*p | 32) == 'e') {
		const char *q = p + 1;
		int eneg = 0;
		long x = 0;
		if (*q == '+' || *q == '-')
			eneg = *q++ == '-';
		if (isdigit((unsigned char)*q)) {
			for (; isdigit((unsigned char)*q); q++)
				if (x < 100000000)
					x = x * 10 + (*q - '0');
			e10 += eneg ? -x : x;
			p = q;
		}
	}
	*endp = (char *)p;
	if (!nd)
		return zero_bits(f, neg);
	if (extra) {
		dig[nd++] = '1';
		e10--;
	}
	return decimal(f, dig, nd, e10, neg);
}

double strtod(const char *s, char **end)
{
	char *e;
	struct u128 bits = parse(FP_BINARY64, s, end ? end : &e);
	double d;

	memcpy(&d, &bits.lo, sizeof d);
	return d;
}

float strtof(const char *s, char **end)
{
	char *e;
	struct u128 bits = parse(FP_BINARY32, s, end ? end : &e);
	uint32_t b = (uint32_t)bits.lo;
	float f;

	memcpy(&f, &b, sizeof f);
	return f;
}

/* long double is binary128 on aarch64 (little-endian: low half first). */
long double strtold(const char *s, char **end)
{
	char *e;
	struct u128 bits = parse(FP_BINARY128, s, end ? end : &e);
	uint64_t raw[2] = { bits.lo, bits.hi };
	long double x;

	memcpy(&x, raw, sizeof x);
	return x;
}

double atof(const char *s)
{
	return strtod(s, NULL);
}

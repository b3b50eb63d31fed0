/* strtod, correctly rounded (to nearest, ties to even), and strtof,
 * strtold, atof through it.
 *
 * Decimal: the significant digits D (at most MAXDIG; any nonzero digit
 * beyond them becomes one extra digit 1, which changes no rounding
 * decision since a tie between doubles needs fewer than 770 digits) and
 * the exponent E give the value D * 10^E = num / den as big integers.
 * Scaling by a power of two k brings num/den into [1, 2); then the
 * binary digits are taken one at a time by compare and subtract, and the
 * remainder decides the rounding. Hexadecimal input is exact already.
 * strtof rounds the same way to float's precision (never through double,
 * which would round twice). */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "big.h"

#define MAXDIG 800

/* An IEEE binary format: significand bits (with the leading one) and the
 * largest exponent; the smallest normal exponent is 1 - emax. */
struct fmt {
	int mant, emax;
};

static const struct fmt binary64 = { 53, 1023 };
static const struct fmt binary32 = { 24, 127 };

static uint64_t sign_bit(const struct fmt *f)
{
	return 1ULL << (f->mant + (f->emax == 1023 ? 11 : 8) - 1);
}

static uint64_t inf_bits(const struct fmt *f)
{
	return (uint64_t)(2 * f->emax + 1) << (f->mant - 1);
}

/* Bits a result with binary exponent k keeps: mant, fewer if subnormal. */
static int bits_for(const struct fmt *f, int k)
{
	return k >= 1 - f->emax ? f->mant : f->mant - (1 - f->emax - k);
}

/* q (bits binary digits, the first worth 2^k) rounded with the next bit
 * half and whether anything nonzero follows (sticky), as raw bits of f. */
static uint64_t pack(const struct fmt *f, uint64_t q, int half, int sticky, int k, int bits,
		     int neg)
{
	uint64_t r;

	if (half && (sticky || (q & 1)))
		q++;
	if (bits == f->mant && q >> f->mant) {
		q >>= 1;
		k++;
	}
	if (bits < f->mant || !(q >> (f->mant - 1))) {
		/* Subnormal, or rounded up into the smallest normal: the raw
		 * bits are q itself. */
		r = q;
		if (half || sticky)
			errno = ERANGE;
	} else if (k > f->emax) {
		r = inf_bits(f);
		errno = ERANGE;
	} else {
		r = (uint64_t)(k + f->emax) << (f->mant - 1) | (q & ((1ULL << (f->mant - 1)) - 1));
	}
	return neg ? r | sign_bit(f) : r;
}

static uint64_t decimal(const struct fmt *f, const char *dig, int nd, long e10, int neg)
{
	struct big num, den;
	int k, bits;
	uint64_t q = 0;

	if (nd + e10 > 310) {
		errno = ERANGE;
		return inf_bits(f) | (neg ? sign_bit(f) : 0);
	}
	if (nd + e10 < -330) {
		errno = ERANGE;
		return neg ? sign_bit(f) : 0;
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
		return pack(f, 0, 0, 1, k, 0, neg);
	for (int i = 0; i <= bits; i++) {
		q <<= 1;
		__big_mul(&num, 2);
		if (__big_cmp(&num, &den) >= 0) {
			__big_sub(&num, &den);
			q |= 1;
		}
	}
	return pack(f, q >> 1, (int)(q & 1), num.n != 0, k, bits, neg);
}

/* The value of the hex digits at p (after "0x"); 0 if there are none. */
static int hexadecimal(const struct fmt *f, const char *p, char **end, int neg, uint64_t *r)
{
	uint64_t m = 0;
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
		if (m >> 60) {
			sticky |= d != 0;
			if (!point)
				e2 += 4;
		} else {
			m = m << 4 | d;
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
	if (!m) {
		*r = neg ? sign_bit(f) : 0;
		return 1;
	}
	for (shift = 0; !(m >> 63); shift++)
		m <<= 1;
	k = (int)(e2 + 63 - shift);
	if (k < -1100)
		k = -1100;
	if (k > 1100)
		k = 1100;
	bits = bits_for(f, k);
	if (bits < 0)
		*r = pack(f, 0, 0, 1, k, 0, neg);
	else if (bits == 0)
		*r = pack(f, 0, 1, sticky || (m << 1) != 0, k, 0, neg);
	else
		*r = pack(f, m >> (64 - bits), (int)(m >> (63 - bits) & 1),
			  sticky || (m << (bits + 1)) != 0, k, bits, neg);
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
static uint64_t parse(const struct fmt *f, const char *s, char **endp)
{
	char dig[MAXDIG + 1];
	const char *p = s;
	int neg = 0, nd = 0, any = 0, point = 0, extra = 0, n;
	long e10 = 0;
	uint64_t r;

	while (isspace((unsigned char)*p))
		p++;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	if ((n = word(p, "infinity")) || (n = word(p, "inf"))) {
		*endp = (char *)p + n;
		return inf_bits(f) | (neg ? sign_bit(f) : 0);
	}
	if ((n = word(p, "nan"))) {
		/* A quiet NaN; nan(digits) puts the number in the payload. */
		uint64_t payload = 0;
		p += n;
		if (*p == '(') {
			const char *q = p + 1;
			while (isalnum((unsigned char)*q) || *q == '_')
				q++;
			if (*q == ')') {
				char *e;
				payload = strtoull(p + 1, &e, 0);
				if (e != q)
					payload = 0;
				p = q + 1;
			}
		}
		*endp = (char *)p;
		r = inf_bits(f) | 1ULL << (f->mant - 2) | (payload & ((1ULL << (f->mant - 2)) - 1));
		return neg ? r | sign_bit(f) : r;
	}
	if (p[0] == '0' && (p[1] | 32) == 'x') {
		if (hexadecimal(f, p + 2, endp, neg, &r))
			return r;
		*endp = (char *)p + 1;
		return neg ? sign_bit(f) : 0;
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
		return 0;
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
		return neg ? sign_bit(f) : 0;
	if (extra) {
		dig[nd++] = '1';
		e10--;
	}
	return decimal(f, dig, nd, e10, neg);
}

double strtod(const char *s, char **end)
{
	char *e;
	uint64_t bits = parse(&binary64, s, end ? end : &e);
	double d;

	memcpy(&d, &bits, sizeof d);
	return d;
}

float strtof(const char *s, char **end)
{
	char *e;
	uint32_t bits = (uint32_t)parse(&binary32, s, end ? end : &e);
	float f;

	memcpy(&f, &bits, sizeof f);
	return f;
}

/* long double is binary128 on aarch64; this gives the nearest double. */
long double strtold(const char *s, char **end)
{
	return strtod(s, end);
}

double atof(const char *s)
{
	return strtod(s, NULL);
}

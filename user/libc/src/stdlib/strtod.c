/* strtod, correctly rounded (to nearest, ties to even), and strtof,
 * strtold, atof through it.
 *
 * Decimal: the significant digits D (at most MAXDIG; any nonzero digit
 * beyond them becomes one extra digit 1, which changes no rounding
 * decision since a tie between doubles needs fewer than 770 digits) and
 * the exponent E give the value D * 10^E = num / den as big integers.
 * Scaling by a power of two k brings num/den into [1, 2); then the
 * binary digits are taken one at a time by compare and subtract, and the
 * remainder decides the rounding. Hexadecimal input is exact already. */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "big.h"

#define MAXDIG 800

union dbits {
	double f;
	uint64_t i;
};

/* q (bits binary digits, the first being 2^k) rounded with the next bit
 * half and whether anything follows (sticky), packed as a double. bits
 * is 53, or fewer for a subnormal result. */
static double pack(uint64_t q, int half, int sticky, int k, int bits, int neg)
{
	union dbits u;

	if (half && (sticky || (q & 1)))
		q++;
	if (bits == 53 && q >> 53) {
		q >>= 1;
		k++;
	}
	if (bits < 53 || !(q >> 52)) {
		/* Subnormal (or rounded up into the smallest normal): the raw
		 * bits are q itself. */
		u.i = q;
		if (half || sticky)
			errno = ERANGE;
	} else if (k > 1023) {
		u.i = 0x7ffULL << 52;
		errno = ERANGE;
	} else {
		u.i = (uint64_t)(k + 1023) << 52 | (q & ((1ULL << 52) - 1));
	}
	u.i |= (uint64_t)neg << 63;
	return u.f;
}

/* Bits a result with binary exponent k keeps: 53, fewer if subnormal. */
static int bits_for(int k)
{
	return k >= -1022 ? 53 : 53 - (-1022 - k);
}

static double decimal(const char *dig, int nd, long e10, int neg)
{
	struct big num, den;
	union dbits u;
	int k, bits;
	uint64_t q = 0;

	if (nd + e10 > 310) {
		errno = ERANGE;
		u.i = 0x7ffULL << 52 | (uint64_t)neg << 63;
		return u.f;
	}
	if (nd + e10 < -330) {
		errno = ERANGE;
		u.i = (uint64_t)neg << 63;
		return u.f;
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
	bits = bits_for(k);
	if (bits < 0)
		return pack(0, 0, 1, k, 0, neg);
	for (int i = 0; i <= bits; i++) {
		q <<= 1;
		__big_mul(&num, 2);
		if (__big_cmp(&num, &den) >= 0) {
			__big_sub(&num, &den);
			q |= 1;
		}
	}
	return pack(q >> 1, (int)(q & 1), num.n != 0, k, bits, neg);
}

/* The value of hex digits at p (after "0x"); 0 if there are none. */
static int hexadecimal(const char *p, char **end, int neg, double *r)
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
		*r = neg ? -0.0 : 0.0;
		return 1;
	}
	for (shift = 0; !(m >> 63); shift++)
		m <<= 1;
	k = (int)(e2 + 63 - shift);
	if (k < -1100)
		k = -1100;
	if (k > 1100)
		k = 1100;
	bits = bits_for(k);
	if (bits < 0)
		*r = pack(0, 0, 1, k, 0, neg);
	else if (bits == 0)
		*r = pack(0, 1, sticky || (m << 1) != 0, k, 0, neg);
	else
		*r = pack(m >> (64 - bits), (int)(m >> (63 - bits) & 1),
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

double strtod(const char *s, char **endp)
{
	char dig[MAXDIG + 1];
	const char *p = s;
	char *end;
	int neg = 0, nd = 0, any = 0, point = 0, extra = 0, n;
	long e10 = 0;
	union dbits u;
	double r;

	if (!endp)
		endp = &end;
	while (isspace((unsigned char)*p))
		p++;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	if ((n = word(p, "infinity")) || (n = word(p, "inf"))) {
		*endp = (char *)p + n;
		u.i = 0x7ffULL << 52 | (uint64_t)neg << 63;
		return u.f;
	}
	if ((n = word(p, "nan"))) {
		p += n;
		if (*p == '(') {
			const char *q = p + 1;
			while (isalnum((unsigned char)*q) || *q == '_')
				q++;
			if (*q == ')')
				p = q + 1;
		}
		*endp = (char *)p;
		u.i = 0x7ff8ULL << 48 | (uint64_t)neg << 63;
		return u.f;
	}
	if (p[0] == '0' && (p[1] | 32) == 'x') {
		if (hexadecimal(p + 2, endp, neg, &r))
			return r;
		*endp = (char *)p + 1;
		return neg ? -0.0 : 0.0;
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
		return neg ? -0.0 : 0.0;
	if (extra) {
		dig[nd++] = '1';
		e10--;
	}
	return decimal(dig, nd, e10, neg);
}

float strtof(const char *s, char **end)
{
	return (float)strtod(s, end);
}

long double strtold(const char *s, char **end)
{
	return strtod(s, end);
}

double atof(const char *s)
{
	return strtod(s, NULL);
}

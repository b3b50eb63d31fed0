/* Argument reduction for sin, cos and tan: x - n pi/2 as a double-double
 * hi + lo with |hi| <= pi/4 (a hair more), and n mod 4.
 *
 * The reduced argument can be far smaller than x: the double nearest to a
 * multiple of pi/2 below 2^22 is 2^-60.5 from it (x near 29 pi/2), and
 * none is nearer than about 2^-61 over all doubles. So n pi/2 must be
 * right to some 2^-62 of that.
 *
 * |x| < 2^22 (so n < 2^22; this covers 2^20 pi): Cody and Waite's method,
 * x - n P1 - n P2 - n P3 - n P4 with pi/2 = P1 + P2 + P3 + P4 to 2^-147:
 * three parts of 30 bits, so that each n Pi is exact, and the rounded
 * rest. x - n P1 is exact (Sterbenz); the later sums are kept as hi + lo.
 *
 * Larger |x| = M 2^E (M an integer of 53 bits, E > -31): Payne and
 * Hanek's method. Of x 2/pi mod 4, the bits of 2/pi of weight above 2^(1-E)
 * only add multiples of 4, so a window of 192 bits of 2/pi from there on,
 * times M, mod 2^192, holds n mod 4 in its top two bits and the fraction
 * in the other 190: good to 2^-137, as the bits past the window add less
 * than M 2^-190. */
#include <stdint.h>
#include "libm.h"

/* python3 tools/math_tables.py rem_pio2: the Cody-Waite parts of pi/2, pi/2 as
 * hi + lo, 2/pi, and the bits of 2/pi in words of 64 after a word of
 * zeros (the window of an x below 2^53 starts before 2/pi's first bit). */
#define PIO2_1 0x1.921fb54800000p+0
#define PIO2_2 -0x1.de973dc800000p-31
#define PIO2_3 -0x1.9d9cceb800000p-62
#define PIO2_4 -0x1.1fc8f8cbb5bf7p-93
#define PIO2_HI 0x1.921fb54442d18p+0
#define PIO2_LO 0x1.1a62633145c07p-54
#define INV_PIO2 0x1.45f306dc9c883p-1
static const uint64_t two_over_pi[20] = {
	0x0000000000000000ULL, 0xa2f9836e4e441529ULL, 0xfc2757d1f534ddc0ULL,
	0xdb6295993c439041ULL, 0xfe5163abdebbc561ULL, 0xb7246e3a424dd2e0ULL,
	0x06492eea09d1921cULL, 0xfe1deb1cb129a73eULL, 0xe88235f52ebb4484ULL,
	0xe99c7026b45f7e41ULL, 0x3991d639835339f4ULL, 0x9c845f8bbdf9283bULL,
	0x1ff897ffde05980fULL, 0xef2f118b5a0a6d1fULL, 0x6d367ecf27cb09b7ULL,
	0x4f463f669e5fea2dULL, 0x7527bac7ebe5f17bULL, 0x3d0739f78a5292eaULL,
	0x6bfb5fb11f8d5d08ULL, 0x56033046fc7b6babULL,
};

/* a * b = *hi * 2^64 + the result */
static uint64_t mul64(uint64_t a, uint64_t b, uint64_t *hi)
{
	uint64_t a0 = a & 0xffffffff, a1 = a >> 32;
	uint64_t b0 = b & 0xffffffff, b1 = b >> 32;
	uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
	uint64_t mid = (p00 >> 32) + (p01 & 0xffffffff) + (p10 & 0xffffffff);

	*hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
	return mid << 32 | (p00 & 0xffffffff);
}

/* 64 bits of two_over_pi from bit g on (bit 0 is word 0's top bit) */
static uint64_t bits_2_pi(int g)
{
	int w = g >> 6, s = g & 63;

	if (!s)
		return two_over_pi[w];
	return two_over_pi[w] << s | two_over_pi[w + 1] >> (64 - s);
}

/* |x| >= 2^22 */
static int payne_hanek(double x, double *hi, double *lo)
{
	uint64_t ix = asuint(x), m, f0, f1, f2, h1, h2;
	int e = (int)(ix >> 52 & 0x7ff) - 1075, g, n, neg = 0, shift = 0;
	double fh, fl, rh, rl;

	m = (ix & ((1ULL << 52) - 1)) | 1ULL << 52;
	/* 2/pi's bit of weight 2^-i is bit 63 + i of the table; the
	 * window starts at i = e - 1. */
	g = 62 + e;
	f2 = mul64(m, bits_2_pi(g + 128), &h2);
	f1 = mul64(m, bits_2_pi(g + 64), &h1) + h2;
	f0 = m * bits_2_pi(g) + h1 + (f1 < h2);
	n = (int)(f0 >> 62);
	f0 &= (1ULL << 62) - 1;
	if (f0 >> 61) {
		/* A fraction f >= 1/2 is n + 1 and f - 1: negate it. */
		n++;
		neg = 1;
		f2 = ~f2 + 1;
		f1 = ~f1 + (f2 == 0);
		f0 = (~f0 + (f1 == 0 && f2 == 0)) & ((1ULL << 62) - 1);
	}
	/* |f| = (f0:f1:f2) 2^-(190 + shift); bring its top bit to f0's. */
	for (; !f0 && shift < 128; shift += 64) {
		f0 = f1;
		f1 = f2;
		f2 = 0;
	}
	for (; f0 && !(f0 >> 63); shift++) {
		f0 = f0 << 1 | f1 >> 63;
		f1 = f1 << 1 | f2 >> 63;
		f2 <<= 1;
	}
	/* its first 106 bits, times pi/2 */
	fh = (double)(f0 >> 11) * pow2(139 - 190 - shift);
	fl = (double)((f0 & 0x7ff) << 42 | f1 >> 22) * pow2(86 - 190 - shift);
	rh = two_prod(fh, PIO2_HI, &rl);
	rh = fast_two_sum(rh, rl + fh * PIO2_LO + fl * PIO2_HI, &rl);
	if (neg != (x < 0)) {
		rh = -rh;
		rl = -rl;
	}
	*hi = rh;
	*lo = rl;
	return (x < 0 ? -n : n) & 3;
}

int __rem_pio2(double x, double *hi, double *lo)
{
	double n, a, h, e, e2;

	if (!(x < 0x1p22 && x > -0x1p22))
		return payne_hanek(x, hi, lo);
	/* Adding 1.5 * 2^52 rounds to an integer. */
	n = x * INV_PIO2 + 0x1.8p52;
	n -= 0x1.8p52;
	a = x - n * PIO2_1;
	h = two_sum(a, -n * PIO2_2, &e);
	h = two_sum(h, -n * PIO2_3, &e2);
	*hi = fast_two_sum(h, e + e2 - n * PIO2_4, lo);
	return (int)n & 3;
}

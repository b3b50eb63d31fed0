/* IEEE binary formats as strtod and printf see them: a significand of up
 * to 113 bits (binary128, aarch64's long double) held in a 128-bit pair,
 * and the few operations on it they need. */
#ifndef _INTERNAL_FP_H
#define _INTERNAL_FP_H
#include <stdint.h>

struct u128 {
	uint64_t hi, lo;
};

/* mant: significand bits with the leading one; emax: the largest
 * exponent (the smallest normal one is 1 - emax); the sign bit sits at
 * mant + expbits - 1. */
struct fp_format {
	int mant, emax, expbits;
};

#define FP_BINARY32 ((struct fp_format){ 24, 127, 8 })
#define FP_BINARY64 ((struct fp_format){ 53, 1023, 11 })
#define FP_BINARY128 ((struct fp_format){ 113, 16383, 15 })

static inline int u128_bit(struct u128 a, int i)
{
	return (int)((i >= 64 ? a.hi >> (i - 64) : a.lo >> i) & 1);
}

static inline struct u128 u128_shl1(struct u128 a, int bit)
{
	struct u128 r = { a.hi << 1 | a.lo >> 63, a.lo << 1 | (uint64_t)bit };
	return r;
}

static inline struct u128 u128_shr(struct u128 a, int n)
{
	struct u128 r;

	if (n == 0)
		return a;
	if (n >= 64) {
		r.hi = 0;
		r.lo = n >= 128 ? 0 : a.hi >> (n - 64);
	} else {
		r.hi = a.hi >> n;
		r.lo = a.lo >> n | a.hi << (64 - n);
	}
	return r;
}

static inline struct u128 u128_shl(struct u128 a, int n)
{
	struct u128 r;

	if (n == 0)
		return a;
	if (n >= 64) {
		r.lo = 0;
		r.hi = n >= 128 ? 0 : a.lo << (n - 64);
	} else {
		r.lo = a.lo << n;
		r.hi = a.hi << n | a.lo >> (64 - n);
	}
	return r;
}

/* The low n bits of a (n < 128). */
static inline struct u128 u128_low(struct u128 a, int n)
{
	if (n >= 64) {
		if (n < 128)
			a.hi &= ((uint64_t)1 << (n - 64)) - 1;
	} else {
		a.hi = 0;
		a.lo &= n ? ((uint64_t)1 << n) - 1 : 0;
	}
	return a;
}

static inline struct u128 u128_setbit(struct u128 a, int i)
{
	if (i >= 64)
		a.hi |= (uint64_t)1 << (i - 64);
	else
		a.lo |= (uint64_t)1 << i;
	return a;
}

static inline struct u128 u128_inc(struct u128 a)
{
	a.lo++;
	if (!a.lo)
		a.hi++;
	return a;
}

static inline int u128_zero(struct u128 a)
{
	return !a.hi && !a.lo;
}

#endif

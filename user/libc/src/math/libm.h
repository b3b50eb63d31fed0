/* What the transcendental functions of src/math share: the bits of a
 * double, double-double arithmetic, and the cores one file computes for
 * another.
 *
 * A double-double is an unevaluated sum hi + lo of two doubles, about 106
 * bits. The functions carry their argument reduction and their last sums
 * in it, so that the final rounding to double is the only one that
 * matters: each result is within about 0.5 ulp of the true value. The
 * error-free steps below need round-to-nearest and no fused multiply-add:
 * the library is built with -std=c99, under which gcc does not contract
 * a * b + c, and tcc never does. */
#ifndef _MATH_LIBM_H
#define _MATH_LIBM_H
#include <stdint.h>

static inline uint64_t asuint(double x)
{
	union {
		double f;
		uint64_t i;
	} u = { x };
	return u.i;
}

static inline double asdouble(uint64_t i)
{
	union {
		uint64_t i;
		double f;
	} u = { i };
	return u.f;
}

/* 2^e, for -1022 <= e <= 1023. */
static inline double pow2(int e)
{
	return asdouble((uint64_t)(0x3ff + e) << 52);
}

/* a + b == s + *e exactly (Knuth's two-sum). */
static inline double two_sum(double a, double b, double *e)
{
	double s = a + b, bb = s - a;
	*e = (a - (s - bb)) + (b - bb);
	return s;
}

/* The same when |a| >= |b| or a == 0 (Dekker's fast two-sum). */
static inline double fast_two_sum(double a, double b, double *e)
{
	double s = a + b;
	*e = b - (s - a);
	return s;
}

/* a * b == p + *e exactly (Dekker's product: each factor split into two
 * halves of 26 bits whose products are exact). Needs |a|, |b| < 2^996 and
 * an error term that does not underflow. */
static inline double two_prod(double a, double b, double *e)
{
	double p = a * b, t, ah, al, bh, bl;

	t = 134217729.0 * a; /* 2^27 + 1 */
	ah = t - (t - a);
	al = a - ah;
	t = 134217729.0 * b;
	bh = t - (t - b);
	bl = b - bh;
	*e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
	return p;
}

/* (ah + al) / (bh + bl) as hi + *lo: one correction step on the quotient
 * of the high parts. */
static inline double dd_div(double ah, double al, double bh, double bl,
			    double *lo)
{
	double q = ah / bh, pe, p = two_prod(q, bh, &pe);

	*lo = ((ah - p) - pe + al - q * bl) / bh;
	return fast_two_sum(q, *lo, lo);
}

/* exp.c: exp(h + l) = 2^*e * (hi + *lo), for |h| < 750 and |l| tiny
 * beside h; hi + *lo lies in [0.98, 2.03]. */
double __exp_dd(double h, double l, int *e, double *lo);

/* exp.c: (h + l) * 2^e rounded once, overflowing to HUGE_VAL and
 * underflowing to subnormals or 0 (errno ERANGE only for inf and 0),
 * for h + l in [0.5, 4]. */
double __exp_scale(double h, double l, int e);

/* log.c: log(x) = hi + *lo, for finite x > 0. */
double __log_dd(double x, double *lo);

/* rem_pio2.c: x - n pi/2 = *hi + *lo with |*hi| <= pi/4 (a hair more);
 * returns n mod 4. x finite. */
int __rem_pio2(double x, double *hi, double *lo);

#endif

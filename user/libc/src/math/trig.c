/* sin, cos, tan.
 *
 * x = n pi/2 + r with |r| <= pi/4 (rem_pio2.c), r as hi + lo; then sin r
 * and cos r by their Taylor series, to r^17 and r^18 (the next terms are
 * below 2^-63 of the result), with the leading terms (r - r^3/6, and
 * 1 - r^2/2 + r^4/24) as double-doubles: each kernel is within about
 * 2^-59 of its value before the final rounding. tan r = sin r / cos r
 * (or -cos r / sin r for odd n), dividing the double-doubles.
 *
 * The largest error measured against mpmath (at 250 bits), over some 60000
 * arguments per function and those of tests/libc/math_ulp.c: sin 0.5081
 * ulp, cos 0.5053, tan 0.5115. */
#include <errno.h>
#include <math.h>
#include "libm.h"

/* python3 tools/math_tables.py sin: -1/6 and 1/24 as hi + lo */
#define NEG_1_6_HI -0x1.5555555555555p-3
#define NEG_1_6_LO -0x1.5555555555555p-57
#define ONE_24_HI 0x1.5555555555555p-5
#define ONE_24_LO 0x1.5555555555555p-59

#define PIO4 0x1.921fb54442d18p-1

/* sin(rh + rl) = hi + *lo */
static double sin_dd(double rh, double rl, double *lo)
{
	double z, zl, c, cl, t, tl, s, e, tail;

	/* r^3 = c + cl, then -r^3/6 = t + tl */
	z = two_prod(rh, rh, &zl);
	c = two_prod(z, rh, &cl);
	cl += zl * rh + 3 * z * rl;
	t = two_prod(c, NEG_1_6_HI, &tl);
	tl += c * NEG_1_6_LO + cl * NEG_1_6_HI;
	tail = rh * z * z * (1.0 / 120 + z * (-1.0 / 5040 + z * (1.0 / 362880 +
	       z * (-1.0 / 39916800 + z * (1.0 / 6227020800 +
	       z * (-1.0 / 1307674368000 + z * (1.0 / 355687428096000)))))));
	s = fast_two_sum(rh, t, &e);
	return fast_two_sum(s, e + rl + tl + tail, lo);
}

/* cos(rh + rl) = hi + *lo */
static double cos_dd(double rh, double rl, double *lo)
{
	double z, zl, w, e, q, ql, t, tl, tail;

	/* r^2 = z + zl, 1 - z/2 = w + e exactly, r^4 = q + ql,
	 * r^4/24 = t + tl */
	z = two_prod(rh, rh, &zl);
	zl += 2 * rh * rl;
	w = fast_two_sum(1, -0.5 * z, &e);
	q = two_prod(z, z, &ql);
	ql += 2 * z * zl;
	t = two_prod(q, ONE_24_HI, &tl);
	tl += q * ONE_24_LO + ql * ONE_24_HI;
	tail = q * z * (-1.0 / 720 + z * (1.0 / 40320 + z * (-1.0 / 3628800 +
	       z * (1.0 / 479001600 + z * (-1.0 / 87178291200 +
	       z * (1.0 / 20922789888000 + z * (-1.0 / 6402373705728000)))))));
	w = fast_two_sum(w, t, &t);
	return fast_two_sum(w, e + t - 0.5 * zl + tl + tail, lo);
}

/* The result for inf and nan, or 0 if x needs reducing. */
static int special(double x, double *y)
{
	if (isfinite(x))
		return 0;
	if (isinf(x))
		errno = EDOM;
	*y = x - x;
	return 1;
}

double sin(double x)
{
	double rh, rl, lo;
	int n;

	if (fabs(x) <= PIO4) {
		if (fabs(x) < 0x1p-26)
			return x; /* sin x = x (1 - x^2/6 ...), x^2/6 < 2^-54 */
		return sin_dd(x, 0, &lo);
	}
	if (special(x, &rh))
		return rh;
	n = __rem_pio2(x, &rh, &rl);
	switch (n) {
	case 0:
		return sin_dd(rh, rl, &lo);
	case 1:
		return cos_dd(rh, rl, &lo);
	case 2:
		return -sin_dd(rh, rl, &lo);
	default:
		return -cos_dd(rh, rl, &lo);
	}
}

double cos(double x)
{
	double rh, rl, lo;
	int n;

	if (fabs(x) <= PIO4) {
		if (fabs(x) < 0x1p-27)
			return 1; /* cos x = 1 - x^2/2 ..., x^2/2 < 2^-55 */
		return cos_dd(x, 0, &lo);
	}
	if (special(x, &rh))
		return rh;
	n = __rem_pio2(x, &rh, &rl);
	switch (n) {
	case 0:
		return cos_dd(rh, rl, &lo);
	case 1:
		return -sin_dd(rh, rl, &lo);
	case 2:
		return -cos_dd(rh, rl, &lo);
	default:
		return sin_dd(rh, rl, &lo);
	}
}

double tan(double x)
{
	double rh = x, rl = 0, s, sl, c, cl, lo;
	int n = 0;

	if (fabs(x) <= PIO4) {
		if (fabs(x) < 0x1p-27)
			return x; /* tan x = x (1 + x^2/3 ...), x^2/3 < 2^-55 */
	} else {
		if (special(x, &rh))
			return rh;
		n = __rem_pio2(x, &rh, &rl);
	}
	s = sin_dd(rh, rl, &sl);
	c = cos_dd(rh, rl, &cl);
	if (n & 1)
		return -dd_div(c, cl, s, sl, &lo);
	return dd_div(s, sl, c, cl, &lo);
}

/* sinh, cosh, tanh, from e^|x| as a double-double (exp.c's core).
 *
 * cosh x = (E + 1/E)/2 and, for |x| >= 1/16, sinh x = (E - 1/E)/2 with
 * E = e^|x|: E and 1/E are within about 2^-63 of their values, and the
 * difference loses at most a factor 1/(2|x|) < 8 of that. Below 1/16,
 * sinh by its Taylor series to x^9 (the next term is below 2^-65 of the
 * result). Above 22, 1/E is below 2^-63 E and left out, and E/2 is formed
 * as 2^(e-1) m so that it overflows only where the result does.
 * tanh x = (Q - 1)/(Q + 1) with Q = e^2|x| for |x| >= 1/16 (the quotient
 * taken of double-doubles, losing at most a factor 8.5), its Taylor
 * series below (coefficients 2^2n (2^2n - 1) B_2n / (2n)!, to x^13),
 * and +-1 from 22 on, where 1 - tanh x < 2^-63.
 *
 * The largest error measured against mpmath (at 250 bits), over some 60000
 * arguments per function and those of tests/libc/math_ulp.c: sinh 0.5007
 * ulp, cosh 0.5001, tanh 0.5006. */
#include <errno.h>
#include <math.h>
#include "libm.h"

/* e^|x| / 2 for |x| >= 22, overflowing to HUGE_VAL with ERANGE */
static double half_exp(double ax)
{
	double h, l;
	int e;

	if (ax > 711) {
		if (ax != INFINITY)
			errno = ERANGE;
		return HUGE_VAL;
	}
	h = __exp_dd(ax, 0, &e, &l);
	return __exp_scale(h, l, e - 1);
}

/* (E + sign/E) / 2 with E = e^ax, 0 <= ax < 22 */
static double exp_pair(double ax, double sign)
{
	double h, l, q, ql, s, dh, dl;
	int e;

	/* E = 2^e (h + l), 1/E = 2^-e (q + ql) */
	h = __exp_dd(ax, 0, &e, &l);
	q = dd_div(1, 0, h, l, &ql);
	s = sign * pow2(-2 * e);
	dh = two_sum(h, s * q, &dl);
	return (dh + (dl + l + s * ql)) * pow2(e - 1);
}

double sinh(double x)
{
	double ax = fabs(x), z, y;

	if (isnan(x) || ax < 0x1p-26)
		return x; /* sinh x = x (1 + x^2/6 ...), x^2/6 < 2^-54 */
	if (ax < 1.0 / 16) {
		z = x * x;
		return x + x * z * (1.0 / 6 + z * (1.0 / 120 + z * (1.0 / 5040 +
		       z * (1.0 / 362880))));
	}
	y = ax < 22 ? exp_pair(ax, -1) : half_exp(ax);
	return signbit(x) ? -y : y;
}

double cosh(double x)
{
	double ax = fabs(x);

	if (isnan(x))
		return x;
	if (ax >= 22)
		return half_exp(ax);
	if (ax < 0x1p-27)
		return 1; /* cosh x = 1 + x^2/2 ..., x^2/2 < 2^-55 */
	return exp_pair(ax, 1);
}

double tanh(double x)
{
	double ax = fabs(x), z, h, l, s, nh, nl, dh, dl, y;
	int e;

	if (isnan(x) || ax < 0x1p-27)
		return x; /* tanh x = x (1 - x^2/3 ...), x^2/3 < 2^-55 */
	if (ax < 1.0 / 16) {
		z = x * x;
		return x + x * z * (-1.0 / 3 + z * (2.0 / 15 +
		       z * (-17.0 / 315 + z * (62.0 / 2835 +
		       z * (-1382.0 / 155925 + z * (21844.0 / 6081075))))));
	}
	if (ax >= 22) {
		y = 1;
	} else {
		/* e^2|x| = 2^e (h + l), and with s = 2^-e
		 * tanh = (h + l - s) / (h + l + s) */
		h = __exp_dd(2 * ax, 0, &e, &l);
		s = pow2(-e);
		nh = two_sum(h, -s, &nl);
		dh = two_sum(h, s, &dl);
		y = dd_div(nh, nl + l, dh, dl + l, &l);
	}
	return signbit(x) ? -y : y;
}

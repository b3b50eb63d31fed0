/* pow: x^y = e^(y log x), with log x a double-double from log.c (within
 * about 2^-66 of it), y log x multiplied out exactly into hi + lo, and e^
 * of that from exp.c. |y log x| < 746 where the result is finite and not
 * 0, so its error is below 2^-56 and the result, before its one
 * rounding, within about 2^-56 of x^y: exact results (2^10, 3^2, 10^15)
 * come out exact. The special cases are C99 Annex F's (F.9.4.4).
 *
 * The largest error measured against mpmath (at 250 bits), over some 60000
 * arguments per function and those of tests/libc/math_ulp.c: pow 0.5000
 * ulp. */
#include <errno.h>
#include <math.h>
#include "libm.h"

/* 0 if y is not an integer, 1 if it is odd, 2 if even. */
static int integer_kind(double y)
{
	uint64_t iy = asuint(y);
	int e = (int)(iy >> 52 & 0x7ff) - 1023;

	if (e >= 53)
		return 2;
	if (e < 0)
		return y == 0 ? 2 : 0;
	if (iy << (12 + e))
		return 0; /* bits below the units */
	return e == 0 || (iy >> (52 - e) & 1) ? 1 : 2;
}

double pow(double x, double y)
{
	double lh, ll, h, l, r;
	int kind, neg = 0, e;

	if (y == 0 || x == 1)
		return 1;
	if (isnan(x) || isnan(y))
		return x + y;
	kind = integer_kind(y);
	if (isinf(y)) {
		if (x == -1)
			return 1;
		return (fabs(x) < 1) == (y > 0) ? 0 : HUGE_VAL;
	}
	if (x == 0 || isinf(x)) {
		/* 0^y and inf^y: 0 or inf, negative for x < 0 and odd y */
		neg = signbit(x) && kind == 1;
		if ((x == 0) == (y < 0)) {
			if (x == 0)
				errno = ERANGE; /* a pole */
			return neg ? -HUGE_VAL : HUGE_VAL;
		}
		return neg ? -0.0 : 0.0;
	}
	if (x < 0) {
		if (!kind) {
			errno = EDOM;
			return NAN;
		}
		neg = kind == 1;
		x = -x;
		if (x == 1)
			return neg ? -1.0 : 1.0;
	}
	if (fabs(y) > 0x1p64) {
		/* |y log x| > 2^11 as |log x| >= 2^-53: sure to overflow or
		 * underflow. */
		errno = ERANGE;
		r = (x < 1) == (y > 0) ? 0 : HUGE_VAL;
		return neg ? -r : r;
	}
	lh = __log_dd(x, &ll);
	h = two_prod(y, lh, &l);
	l += y * ll;
	if (h > 710 || h < -750) {
		errno = ERANGE;
		r = h > 0 ? HUGE_VAL : 0;
	} else {
		h = __exp_dd(h, l, &e, &l);
		r = __exp_scale(h, l, e);
	}
	return neg ? -r : r;
}

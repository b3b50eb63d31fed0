/* The exact operations of math.h: scaling by powers of two, splitting,
 * rounding to integers, remainders, and sqrt, correctly rounded as IEEE
 * asks. */
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include "fp.h"

union dbits {
	double f;
	uint64_t i;
};

int __signbit(double x)
{
	union dbits u = { x };
	return (int)(u.i >> 63);
}

/* Scale in steps that stay exact, then one multiplication that rounds
 * once (subnormal steps go via 2^-1022 * 2^53 so that they are exact). */
double ldexp(double x, int n)
{
	union dbits u;

	if (n > 1023) {
		x *= 0x1p1023;
		n -= 1023;
		if (n > 1023) {
			x *= 0x1p1023;
			n -= 1023;
			if (n > 1023)
				n = 1023;
		}
	} else if (n < -1022) {
		x *= 0x1p-1022 * 0x1p53;
		n += 1022 - 53;
		if (n < -1022) {
			x *= 0x1p-1022 * 0x1p53;
			n += 1022 - 53;
			if (n < -1022)
				n = -1022;
		}
	}
	u.i = (uint64_t)(0x3ff + n) << 52;
	return x * u.f;
}

long double ldexpl(long double x, int n)
{
	for (; n > 1000; n -= 1000)
		x *= 0x1p1000;
	for (; n < -1000; n += 1000)
		x *= 0x1p-1000;
	return x * ldexp(1.0, n);
}

double frexp(double x, int *e)
{
	union dbits u = { x };
	int ee = (int)(u.i >> 52 & 0x7ff);

	if (!ee) {
		if (x == 0) {
			*e = 0;
			return x;
		}
		x = frexp(x * 0x1p64, e);
		*e -= 64;
		return x;
	}
	if (ee == 0x7ff) {
		*e = 0;
		return x;
	}
	*e = ee - 1022;
	u.i = (u.i & ~(0x7ffULL << 52)) | 0x3feULL << 52;
	return u.f;
}

double fabs(double x)
{
	union dbits u = { x };
	u.i &= ~(1ULL << 63);
	return u.f;
}

double trunc(double x)
{
	union dbits u = { x };
	int e = (int)(u.i >> 52 & 0x7ff) - 1023;

	if (e >= 52)
		return x;
	if (e < 0) {
		u.i &= 1ULL << 63;
		return u.f;
	}
	u.i &= ~((1ULL << (52 - e)) - 1);
	return u.f;
}

double floor(double x)
{
	double t = trunc(x);
	return t > x ? t - 1 : t;
}

double ceil(double x)
{
	double t = trunc(x);
	return t < x ? t + 1 : t;
}

/* Halfway cases away from zero. x - trunc(x) is exact. */
double round(double x)
{
	double t = trunc(x);

	if (fabs(x - t) >= 0.5)
		t += x < 0 ? -1 : 1;
	return t;
}

/* Out of range, as glibc on aarch64 (the fcvtas instruction): the
 * nearest of LONG_MIN and LONG_MAX, and 0 for nan. */
long lround(double x)
{
	double r = round(x);

	if (isnan(r))
		return 0;
	if (r >= 0x1p63)
		return LONG_MAX;
	if (r < -0x1p63)
		return LONG_MIN;
	return (long)r;
}

/* The fraction x - trunc(x) is exact, and has the sign of x even when it
 * is zero (modf(-3.0) is -0.0, where the subtraction gives +0.0); an
 * infinity's is a zero of its sign, a NaN's the NaN. */
double modf(double x, double *ip)
{
	union dbits u;

	*ip = trunc(x);
	if (isnan(x))
		return x;
	u.f = isinf(x) ? 0.0 : x - *ip;
	u.i |= (uint64_t)__signbit(x) << 63;
	return u.f;
}

/* x - n*y with n = trunc(x/y), exactly: long division on the
 * significands, one bit at a time. */
double fmod(double x, double y)
{
	union dbits ux = { x }, uy = { y };
	int ex = (int)(ux.i >> 52 & 0x7ff), ey = (int)(uy.i >> 52 & 0x7ff);
	uint64_t sx = ux.i >> 63, mx, my;

	if (y == 0 || ex == 0x7ff || isnan(y))
		return (x * y) / (x * y);
	if (fabs(x) < fabs(y))
		return x;
	mx = ux.i & ((1ULL << 52) - 1);
	my = uy.i & ((1ULL << 52) - 1);
	if (ex)
		mx |= 1ULL << 52;
	else
		ex = 1;
	if (ey)
		my |= 1ULL << 52;
	else
		ey = 1;
	for (; !(mx >> 52); ex--)
		mx <<= 1;
	for (; !(my >> 52); ey--)
		my <<= 1;
	for (; ex > ey; ex--) {
		if (mx >= my)
			mx -= my;
		mx <<= 1;
	}
	if (mx >= my)
		mx -= my;
	if (!mx)
		return sx ? -0.0 : 0.0;
	/* mx * 2^(ey - 1075) */
	ux.f = ldexp((double)mx, ey - 1075);
	ux.i |= sx << 63;
	return ux.f;
}

/* sqrt: the integer square root of the significand, bit by bit. With
 * x = m * 2^e (e even, m < 2^54), r = floor(sqrt(m * 2^54)) has 54 bits:
 * 53 for the result and one to round with, and the remainder says
 * whether anything follows. (A square root is never exactly halfway.) */
double sqrt(double x)
{
	union dbits u = { x };
	int e = (int)(u.i >> 52 & 0x7ff);
	struct u128 rem, one = { 0, 1 };
	uint64_t m, r = 0, q;

	if (x == 0 || (e == 0x7ff && !(u.i >> 63)))
		return x; /* +-0, +inf, nan */
	if (u.i >> 63)
		return (x - x) / (x - x); /* negative: nan */
	m = u.i & ((1ULL << 52) - 1);
	if (e) {
		m |= 1ULL << 52;
	} else {
		for (e = 1; !(m >> 52); e--)
			m <<= 1;
	}
	e -= 1075;
	if (e & 1) {
		m <<= 1;
		e--;
	}
	rem = u128_shl((struct u128){ 0, m }, 54);
	for (int i = 53; i >= 0; i--) {
		/* Does (2r + 2^i) * 2^i still fit in what is left? */
		struct u128 t = u128_shl((struct u128){ 0, r }, i + 1);
		struct u128 b = u128_shl(one, 2 * i);
		t.lo += b.lo;
		t.hi += b.hi + (t.lo < b.lo);
		if (t.hi < rem.hi || (t.hi == rem.hi && t.lo <= rem.lo)) {
			rem.hi -= t.hi + (rem.lo < t.lo);
			rem.lo -= t.lo;
			r |= 1ULL << i;
		}
	}
	q = r >> 1;
	if ((r & 1) && (!u128_zero(rem) || (q & 1)))
		q++;
	return ldexp((double)q, e / 2 - 26);
}

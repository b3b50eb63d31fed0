/* atan, atan2, asin, acos: all the angle of a point (v, u).
 *
 * For 0 <= u <= v, atan(u/v) = atan c + atan t with c = j/16 the nearest
 * sixteenth to u/v and t = (u - c v)/(v + c u), |t| <= 1/32: atan c from
 * a table (double-doubles), atan t by its Taylor series to t^13 (the next
 * term is below 2^-74 of t), t itself as hi + lo. For u > v the angle is
 * pi/2 - atan(v/u), and for a point left of the axis pi minus that.
 * asin x is the angle of (sqrt(1 - x^2), x) and acos x that of
 * (x, sqrt(1 - x^2)), the root taken as a double-double, so that nothing
 * is lost near |x| = 1. Before its rounding the result is within about
 * 2^-64 of the angle.
 *
 * The largest error measured against mpmath (at 250 bits), over some 60000
 * arguments per function and those of tests/libc/math_ulp.c: atan 0.5003
 * ulp, atan2 0.5000, asin 0.5001, acos 0.5000. */
#include <errno.h>
#include <math.h>
#include "libm.h"

/* python3 tools/math_tables.py atan: pi, pi/2 and atan(j/16) as hi, lo */
#define PI_HI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53
#define PIO2_HI 0x1.921fb54442d18p+0
#define PIO2_LO 0x1.1a62633145c07p-54
static const double atan_16[17][2] = {
	{ 0, 0 },
	{ 0x1.ff55bb72cfdeap-5, -0x1.c934d86d23f1dp-60 },
	{ 0x1.fd5ba9aac2f6ep-4, -0x1.cd37686760c17p-59 },
	{ 0x1.7b97b4bce5b02p-3, 0x1.347b0b4f881cap-58 },
	{ 0x1.f5b75f92c80ddp-3, 0x1.8ab6e3cf7afbdp-57 },
	{ 0x1.362773707ebccp-2, -0x1.963a544b672d8p-57 },
	{ 0x1.6f61941e4def1p-2, -0x1.c63aae6f6e918p-56 },
	{ 0x1.a64eec3cc23fdp-2, -0x1.24dec1b50b7ffp-56 },
	{ 0x1.dac670561bb4fp-2, 0x1.a2b7f222f65e2p-56 },
	{ 0x1.0657e94db30d0p-1, -0x1.d5b495f6349e6p-56 },
	{ 0x1.1e00babdefeb4p-1, -0x1.928df287a668fp-58 },
	{ 0x1.345f01cce37bbp-1, 0x1.1021137c71102p-55 },
	{ 0x1.4978fa3269ee1p-1, 0x1.2419a87f2a458p-56 },
	{ 0x1.5d58987169b18p-1, 0x1.0028e4bc5e7cap-57 },
	{ 0x1.700a7c5784634p-1, -0x1.8c34d25aadef6p-56 },
	{ 0x1.819d0b7158a4dp-1, -0x1.bf76229d3b917p-56 },
	{ 0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55 },
};

/* atan(u/v) = hi + *lo for 0 <= u <= v, both double-doubles, v and u
 * (unless 0) in [2^-64, 2]. */
static double atan_ratio(double uh, double ul, double vh, double vl, double *lo)
{
	int j = (int)(uh / vh * 16 + 0.5);
	double c = j / 16.0, p, pl, nh, nl, dh, dl, th, tl, z, tail, s, e;

	/* t = (u - c v) / (v + c u) */
	p = two_prod(c, vh, &pl);
	nh = two_sum(uh, -p, &nl);
	nh = two_sum(nh, nl + ul - pl - c * vl, &nl);
	p = two_prod(c, uh, &pl);
	dh = two_sum(vh, p, &dl);
	dl += pl + vl + c * ul;
	th = dd_div(nh, nl, dh, dl, &tl);
	z = th * th;
	tail = th * z * (-1.0 / 3 + z * (1.0 / 5 + z * (-1.0 / 7 +
	       z * (1.0 / 9 + z * (-1.0 / 11 + z * (1.0 / 13))))));
	s = two_sum(atan_16[j][0], th, &e);
	return fast_two_sum(s, e + atan_16[j][1] + tl + tail, lo);
}

/* The angle of the point (v, u), u and v double-doubles >= 0 and finite,
 * not both 0; left of the axis if xneg, below it if yneg. */
static double angle(double uh, double ul, double vh, double vl, int xneg,
		    int yneg)
{
	double ah, al, t, e, s;
	int swap = uh > vh;

	if (swap) {
		t = uh, uh = vh, vh = t;
		t = ul, ul = vl, vl = t;
	}
	if (uh < vh * 0x1p-60) {
		/* atan(u/v) = u/v (1 - (u/v)^2/3 ...), rounded once */
		ah = uh / vh;
		al = 0;
		if (ah == 0 && uh != 0 && !swap && !xneg)
			errno = ERANGE;
	} else {
		/* scale v into [1, 2) */
		s = vh < 0x1p-900 ? 0x1p600 : vh > 0x1p900 ? 0x1p-600 : 1;
		uh *= s, ul *= s, vh *= s, vl *= s;
		s = pow2(1023 - (int)(asuint(vh) >> 52));
		ah = atan_ratio(uh * s, ul * s, vh * s, vl * s, &al);
	}
	if (swap) {
		ah = fast_two_sum(PIO2_HI, -ah, &e);
		al = e + PIO2_LO - al;
	}
	if (xneg) {
		ah = fast_two_sum(PI_HI, -ah, &e);
		al = e + PI_LO - al;
	}
	s = ah + al;
	return yneg ? -s : s;
}

double atan2(double y, double x)
{
	int xneg = signbit(x), yneg = signbit(y);
	double ax = fabs(x), ay = fabs(y), a;

	if (isnan(x) || isnan(y))
		return x + y;
	if (y == 0) {
		a = xneg ? PI_HI : 0;
		return yneg ? -a : a;
	}
	if (isinf(ax) || isinf(ay)) {
		/* the angle of (1, 0), (0, 1) or (1, 1) */
		ax = isinf(ax);
		ay = isinf(ay);
	}
	return angle(ay, 0, ax, 0, xneg, yneg);
}

double atan(double x)
{
	if (isnan(x))
		return x;
	if (fabs(x) < 0x1p-27)
		return x; /* atan x = x (1 - x^2/3 ...), x^2/3 < 2^-55 */
	if (isinf(x))
		return angle(1, 0, 0, 0, 0, signbit(x));
	return angle(fabs(x), 0, 1, 0, 0, signbit(x));
}

/* sqrt(1 - x^2) = hi + *lo, for |x| < 1 */
static double cosine(double x, double *lo)
{
	double sq, sql, dh, dl, s, p, pl;
	int i;

	sq = two_prod(x, x, &sql);
	dh = fast_two_sum(1, -sq, &dl);
	dh = fast_two_sum(dh, dl - sql, &dl);
	/* sqrt(dh) to about an ulp (sqrt() rounds correctly but slowly):
	 * halving the exponent is within 6%, each Newton step squares that */
	s = asdouble((asuint(dh) >> 1) + (0x3ffULL << 51));
	for (i = 0; i < 4; i++)
		s = 0.5 * (s + dh / s);
	/* then one step in double-double */
	p = two_prod(s, s, &pl);
	*lo = ((dh - p) - pl + dl) / (2 * s);
	return s;
}

/* The result for |x| > 1 and nan, or 0 if x needs computing. */
static int domain(double x, double *y)
{
	if (fabs(x) <= 1)
		return 0;
	if (isnan(x)) {
		*y = x;
	} else {
		errno = EDOM;
		*y = NAN;
	}
	return 1;
}

double asin(double x)
{
	double ch, cl;

	if (domain(x, &ch))
		return ch;
	if (fabs(x) < 0x1p-27)
		return x; /* asin x = x (1 + x^2/6 ...), x^2/6 < 2^-56 */
	if (fabs(x) == 1)
		ch = cl = 0;
	else
		ch = cosine(x, &cl);
	return angle(fabs(x), 0, ch, cl, 0, signbit(x));
}

double acos(double x)
{
	double sh, sl;

	if (domain(x, &sh))
		return sh;
	if (fabs(x) == 1)
		sh = sl = 0;
	else
		sh = cosine(x, &sl);
	return angle(sh, sl, fabs(x), 0, signbit(x), 0);
}

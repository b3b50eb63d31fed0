/* exp, and the core that pow, sinh, cosh and tanh share.
 *
 * e^x = 2^(k/32) * e^r with k = round(x * 32/ln 2) and |r| <= ln 2/64:
 * 2^(k/32) is 2^(k div 32) times 2^(j/32) from a table (j = k mod 32, as
 * a double-double), e^r - 1 its Taylor series to r^7 (the next term is
 * below 2^-67 of the result). r is carried as hi + lo, the product and the
 * sums as double-doubles, so the result before its one rounding is within
 * about 2^-63 of e^x.
 *
 * The largest error measured against mpmath (at 250 bits), over some 60000
 * arguments per function and those of tests/libc/math_ulp.c: exp 0.5000
 * ulp. */
#include <errno.h>
#include <math.h>
#include "libm.h"

/* python3 tools/math_tables.py exp: 32/ln 2; ln 2/32 as a 37-bit head (so that
 * k * head is exact for |k| < 2^16) and a tail; 2^(j/32) as hi, lo. */
#define INV_LN2_32 0x1.71547652b82fep+5
#define LN2_32_HI 0x1.62e42fefa0000p-6
#define LN2_32_LO 0x1.cf79abc9e3b3ap-45
static const double exp2_32[32][2] = {
	{ 0x1.0000000000000p+0, 0 },
	{ 0x1.059b0d3158574p+0, 0x1.d73e2a475b465p-55 },
	{ 0x1.0b5586cf9890fp+0, 0x1.8a62e4adc610bp-54 },
	{ 0x1.11301d0125b51p+0, -0x1.6c51039449b3ap-54 },
	{ 0x1.172b83c7d517bp+0, -0x1.19041b9d78a76p-55 },
	{ 0x1.1d4873168b9aap+0, 0x1.e016e00a2643cp-54 },
	{ 0x1.2387a6e756238p+0, 0x1.9b07eb6c70573p-54 },
	{ 0x1.29e9df51fdee1p+0, 0x1.612e8afad1255p-55 },
	{ 0x1.306fe0a31b715p+0, 0x1.6f46ad23182e4p-55 },
	{ 0x1.371a7373aa9cbp+0, -0x1.63aeabf42eae2p-54 },
	{ 0x1.3dea64c123422p+0, 0x1.ada0911f09ebcp-55 },
	{ 0x1.44e086061892dp+0, 0x1.89b7a04ef80d0p-59 },
	{ 0x1.4bfdad5362a27p+0, 0x1.d4397afec42e2p-56 },
	{ 0x1.5342b569d4f82p+0, -0x1.07abe1db13cadp-55 },
	{ 0x1.5ab07dd485429p+0, 0x1.6324c054647adp-54 },
	{ 0x1.6247eb03a5585p+0, -0x1.383c17e40b497p-54 },
	{ 0x1.6a09e667f3bcdp+0, -0x1.bdd3413b26456p-54 },
	{ 0x1.71f75e8ec5f74p+0, -0x1.16e4786887a99p-55 },
	{ 0x1.7a11473eb0187p+0, -0x1.41577ee04992fp-55 },
	{ 0x1.82589994cce13p+0, -0x1.d4c1dd41532d8p-54 },
	{ 0x1.8ace5422aa0dbp+0, 0x1.6e9f156864b27p-54 },
	{ 0x1.93737b0cdc5e5p+0, -0x1.75fc781b57ebcp-57 },
	{ 0x1.9c49182a3f090p+0, 0x1.c7c46b071f2bep-56 },
	{ 0x1.a5503b23e255dp+0, -0x1.d2f6edb8d41e1p-54 },
	{ 0x1.ae89f995ad3adp+0, 0x1.7a1cd345dcc81p-54 },
	{ 0x1.b7f76f2fb5e47p+0, -0x1.5584f7e54ac3bp-56 },
	{ 0x1.c199bdd85529cp+0, 0x1.11065895048ddp-55 },
	{ 0x1.cb720dcef9069p+0, 0x1.503cbd1e949dbp-56 },
	{ 0x1.d5818dcfba487p+0, 0x1.2ed02d75b3707p-55 },
	{ 0x1.dfc97337b9b5fp+0, -0x1.1a5cd4f184b5cp-54 },
	{ 0x1.ea4afa2a490dap+0, -0x1.e9c23179c2893p-54 },
	{ 0x1.f50765b6e4540p+0, 0x1.9d3e12dd8a18bp-54 },
};

double __exp_dd(double h, double l, int *e, double *lo)
{
	double kd, rh, rl, q, th, tl, ah, al, sh, sl;
	int k, j;

	/* Adding 1.5 * 2^52 rounds to an integer. */
	kd = h * INV_LN2_32 + 0x1.8p52;
	kd -= 0x1.8p52;
	k = (int)kd;
	j = k & 31;
	th = exp2_32[j][0];
	tl = exp2_32[j][1];
	/* h - kd * LN2_32_HI is exact: the product is, and h is within a
	 * factor of two of it (Sterbenz). */
	rh = two_sum(h - kd * LN2_32_HI, l - kd * LN2_32_LO, &rl);
	/* e^r - 1 = rh + q */
	q = rl + rh * rl + rh * rh * (1.0 / 2 + rh * (1.0 / 6 + rh * (1.0 / 24 +
	    rh * (1.0 / 120 + rh * (1.0 / 720 + rh * (1.0 / 5040))))));
	/* (th + tl) * (1 + rh + q) */
	ah = two_prod(th, rh, &al);
	sh = fast_two_sum(th, ah, &sl);
	*e = (k - j) / 32;
	return fast_two_sum(sh, sl + al + tl + th * q + tl * rh, lo);
}

double __exp_scale(double h, double l, int e)
{
	double y, uh, ul, t, err;

	if (e > 1000) {
		y = (h + l) * pow2(e - 1000) * 0x1p1000;
		if (isinf(y))
			errno = ERANGE;
		return y;
	}
	if (e >= -1020)
		return (h + l) * pow2(e);
	if (e < -1080) {
		errno = ERANGE;
		return 0;
	}
	/* The result is 2^-1022 * u with u = (h + l) * 2^(e + 1022) < 8. If
	 * u < 1 it is subnormal: round u once, to a multiple of 2^-52, by
	 * adding it to 1 with its low part. */
	uh = h * pow2(e + 1022);
	ul = l * pow2(e + 1022);
	if (uh >= 1)
		return (uh + ul) * 0x1p-1022;
	t = fast_two_sum(1, uh, &err);
	y = (t + (err + ul) - 1) * 0x1p-1022;
	if (y == 0)
		errno = ERANGE;
	return y;
}

double exp(double x)
{
	double hi, lo;
	int e;

	if (isnan(x))
		return x;
	if (x > 710) {
		if (x != INFINITY)
			errno = ERANGE;
		return HUGE_VAL;
	}
	if (x < -746) {
		if (x != -INFINITY)
			errno = ERANGE;
		return 0;
	}
	hi = __exp_dd(x, 0, &e, &lo);
	return __exp_scale(hi, lo, e);
}

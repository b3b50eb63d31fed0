/* <math.h> on the edges: signed zeros (sqrt(-0) is -0, floor/ceil/trunc
 * keep the sign, ceil(-0.5) is -0, fmod(-x, y) has x's sign, modf(-3.0)
 * gives a -0 fraction), infinities and NaN in and out, exact results
 * (sqrt of perfect squares, fmod is exact), frexp/ldexp of subnormals
 * and at the overflow edge, and fabs of -0 and -NaN. Results are printed
 * with their bits, so -0 and 0 differ. Arguments come through volatile
 * objects so the library, not the compiler, computes them. */
#include <stdio.h>
#include <string.h>
#include <math.h>

static void p(const char *what, double d)
{
	unsigned long long u;
	memcpy(&u, &d, 8);
	if (d != d)
		u &= 0xfff8000000000000ULL;	/* a NaN: its sign and quiet bit */
	printf("%-22s %016llx %g\n", what, u, d);
}

int main(void)
{
	volatile double zero = 0.0, nzero = -0.0, one = 1.0, half = 0.5, three = 3.0;
	volatile double inf = 1.0 / zero, nan = zero / zero, sub = 4.9406564584124654e-324;
	double ip, fr;
	int e;

	p("sqrt(-0)", sqrt(nzero));
	p("sqrt(0)", sqrt(zero));
	p("sqrt(inf)", sqrt(inf));
	p("sqrt(-1)", sqrt(-one));
	p("sqrt(2)", sqrt(one * 2));
	p("sqrt(1e-320)", sqrt(sub * 2024));
	p("sqrt(144)", sqrt(one * 144));
	p("floor(-0)", floor(nzero));
	p("floor(-0.5)", floor(-half));
	p("floor(0.5)", floor(half));
	p("floor(-inf)", floor(-inf));
	p("floor(2^52+0.5)", floor(4503599627370496.5 * one));
	p("ceil(-0.5)", ceil(-half));
	p("ceil(-0)", ceil(nzero));
	p("ceil(0.5)", ceil(half));
	p("ceil(-1e-300)", ceil(-1e-300 * one));
	p("trunc(-0.7)", trunc(-0.7 * one));
	p("trunc(2.9)", trunc(2.9 * one));
	p("fmod(-5, 3)", fmod(-5 * one, three));
	p("fmod(5, -3)", fmod(5 * one, -three));
	p("fmod(-6, 3)", fmod(-6 * one, three));
	p("fmod(-0, 3)", fmod(nzero, three));
	p("fmod(5.5, inf)", fmod(5.5 * one, inf));
	p("fmod(inf, 2)", fmod(inf, 2 * one));
	p("fmod(1, 0)", fmod(one, zero));
	p("fmod(1e300, 3)", fmod(1e300 * one, three));
	p("fmod(0.3, 0.1)", fmod(0.3 * one, 0.1 * one));
	fr = modf(-3.0 * one, &ip);
	p("modf(-3) frac", fr);
	p("modf(-3) int", ip);
	fr = modf(-3.75 * one, &ip);
	p("modf(-3.75) frac", fr);
	p("modf(-3.75) int", ip);
	fr = modf(nzero, &ip);
	p("modf(-0) frac", fr);
	p("modf(-0) int", ip);
	fr = modf(-inf, &ip);
	p("modf(-inf) frac", fr);
	p("modf(-inf) int", ip);
	fr = modf(2.5 * one, &ip);
	p("modf(2.5) frac", fr);
	p("modf(2.5) int", ip);
	fr = frexp(sub, &e);
	printf("frexp(min subnormal): %d ", e);
	p("", fr);
	fr = frexp(-1024 * one, &e);
	printf("frexp(-1024): %d ", e);
	p("", fr);
	fr = frexp(nzero, &e);
	printf("frexp(-0): %d ", e);
	p("", fr);
	p("ldexp(1, -1074)", ldexp(one, -1074));
	p("ldexp(1, -1075)", ldexp(one, -1075));
	p("ldexp(1.5, -1074)", ldexp(1.5 * one, -1074));
	p("ldexp(1, 1024)", ldexp(one, 1024));
	p("ldexp(0.75, 1024)", ldexp(0.75 * one, 1024));
	p("ldexp(-0, 10)", ldexp(nzero, 10));
	p("ldexp(sub, 1074)", ldexp(sub, 1074));
	p("fabs(-0)", fabs(nzero));
	p("fabs(-inf)", fabs(-inf));
	p("fabs(-nan)", fabs(-nan));
	printf("signbit: %d %d %d %d\n", signbit(nzero) != 0, signbit(zero) != 0,
	       signbit(-inf) != 0, signbit(sqrt(nzero)) != 0);
	printf("classify: %d %d %d %d\n", isnan(nan) != 0, isinf(-inf) != 0, isfinite(sub) != 0,
	       isfinite(inf) != 0);
	return 0;
}

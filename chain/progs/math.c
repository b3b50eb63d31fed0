/* math: the functions of <math.h> on fixed arguments.
 * Inputs: none. Output (stdout): one line per call, "f(args) = result".
 * Two kinds of function, printed differently:
 * - exact: C and IEEE 754 fix the result to the bit (sqrt, fma, floor,
 *   ceil, trunc, round, fmod, fabs, frexp, ldexp, modf, copysign, fmin,
 *   fmax, and their float forms). Printed with %a, or for a subnormal
 *   result (where glibc and musl write %a differently) with %.17g.
 * - approximate: the libraries round within an ulp but not always alike
 *   (exp, log, pow, exp2, log2, sin, cos, tan, atan2, hypot, cbrt, and
 *   expf, logf, powf, sinf, cosf). Printed with %.12g (%.5g for floats),
 *   far coarser than their ulp, on arguments whose results are not near
 *   a rounding boundary of that precision (checked against glibc and
 *   musl). Where the exact result is representable (exp(0), pow(2, 10),
 *   log2(8), cbrt(-8) ...) both libraries give it, and it is printed
 *   with %a too; but not cbrt(27), which glibc makes 0x1.8000000000001p+1.
 * Every NaN is printed as "nan": its sign is not fixed (x86 makes -nan
 * where arm64 makes nan). Arguments sit in volatile objects so that the
 * compiler cannot evaluate the calls itself. */
#include <float.h>
#include <math.h>
#include <stdio.h>

static void exact(const char *call, double x)
{
	printf("%s = ", call);
	if (isnan(x))
		printf("nan\n");
	else if (fpclassify(x) == FP_SUBNORMAL)
		printf("%.17g\n", x);
	else
		printf("%a\n", x);
}

static void approx(const char *call, double x)
{
	printf("%s = ", call);
	if (isnan(x))
		printf("nan\n");
	else
		printf("%.12g\n", x);
}

static void approxf(const char *call, float x)
{
	printf("%s = ", call);
	if (isnan(x))
		printf("nan\n");
	else
		printf("%.5g\n", x);
}

static volatile double a[] = {
	0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 2.0, 10.0, 1e300, 1e-310, 0.1,
	-7.75, 123456.789, 4503599627370497.0, -4503599627370495.5, 3.0,
};
#define N (sizeof a / sizeof *a)

static volatile double zero = 0.0, one = 1.0, two = 2.0, three = 3.0, ten = 10.0;
static volatile double eight = 8.0, twentyseven = 27.0, big = 1e308, huge = 1e300, tiny = 1e-308;

static void exact_double(void)
{
	char call[64];
	printf("== exact\n");
	for (size_t i = 0; i < N; i++) {
		double x = a[i], ip, m;
		int e;
		snprintf(call, sizeof call, "sqrt(%.17g)", x);
		exact(call, sqrt(x));
		snprintf(call, sizeof call, "floor(%.17g)", x);
		exact(call, floor(x));
		snprintf(call, sizeof call, "ceil(%.17g)", x);
		exact(call, ceil(x));
		snprintf(call, sizeof call, "round(%.17g)", x);
		exact(call, round(x));
		snprintf(call, sizeof call, "trunc(%.17g)", x);
		exact(call, trunc(x));
		snprintf(call, sizeof call, "fabs(%.17g)", x);
		exact(call, fabs(x));
		m = frexp(x, &e);
		snprintf(call, sizeof call, "frexp(%.17g) exp %d", x, e);
		exact(call, m);
		m = modf(x, &ip);
		snprintf(call, sizeof call, "modf(%.17g) int %.17g", x, ip);
		exact(call, m);
		snprintf(call, sizeof call, "ldexp(%.17g, 3)", x);
		exact(call, ldexp(x, 3));
		snprintf(call, sizeof call, "ldexp(%.17g, -1030)", x);
		exact(call, ldexp(x, -1030));
		snprintf(call, sizeof call, "fmod(%.17g, 0.75)", x);
		exact(call, fmod(x, 0.75));
		snprintf(call, sizeof call, "fmod(-5.5, %.17g)", x);
		exact(call, fmod(-5.5, x));
		snprintf(call, sizeof call, "fma(%.17g, 0.1, -0.1)", x);
		exact(call, fma(x, 0.1, -0.1));
		snprintf(call, sizeof call, "copysign(3, %.17g)", x);
		exact(call, copysign(3.0, x));
	}
	exact("sqrt(2)", sqrt(two));
	exact("sqrt(-1)", sqrt(-one));
	exact("sqrt(inf)", sqrt(INFINITY));
	exact("sqrt(1e-308)", sqrt(tiny));
	exact("fma(0.1, 10, -1)", fma(0.1, ten, -one));
	exact("fma(1e308, 10, -inf)", fma(big, ten, -INFINITY));
	exact("fma(1+2^-52, 1-2^-53, -1)", fma(one + DBL_EPSILON, one - DBL_EPSILON / 2, -one));
	exact("fma(3, 1/3, -1)", fma(three, one / three, -one));
	exact("fmod(1e300, 3)", fmod(huge, three));
	exact("fmod(1, 0)", fmod(one, zero));
	exact("fmod(inf, 1)", fmod(INFINITY, one));
	exact("fmin(1, nan)", fmin(one, NAN));
	exact("fmax(-0.5, 2)", fmax(-0.5, two));
	exact("ldexp(1, 1024)", ldexp(one, 1024));
	exact("ldexp(1, -1074)", ldexp(one, -1074));
	exact("ldexp(1, -1075)", ldexp(one, -1075));
	exact("round(0.49999999999999994)", round(0.49999999999999994 * one));
	exact("floor(-inf)", floor(-INFINITY));
	exact("ceil(-0.25)", ceil(-0.25 * one));
	exact("trunc(nan)", trunc(NAN));
}

static void exact_float(void)
{
	volatile float f[] = { 0.1f, -2.5f, 1e30f, 3.0f, 16777215.0f, -0.0f };
	char call[64];
	printf("== exact float\n");
	for (size_t i = 0; i < sizeof f / sizeof *f; i++) {
		float x = f[i];
		snprintf(call, sizeof call, "sqrtf(%.9g)", x);
		exact(call, sqrtf(x));
		snprintf(call, sizeof call, "floorf(%.9g)", x);
		exact(call, floorf(x));
		snprintf(call, sizeof call, "roundf(%.9g)", x);
		exact(call, roundf(x));
		snprintf(call, sizeof call, "fabsf(%.9g)", x);
		exact(call, fabsf(x));
		snprintf(call, sizeof call, "fmaf(%.9g, 3, 1)", x);
		exact(call, fmaf(x, 3.0f, 1.0f));
		snprintf(call, sizeof call, "fmodf(%.9g, 0.7)", x);
		exact(call, fmodf(x, 0.7f));
	}
}

static volatile double b[] = { 0.5, 1.0, 1.25, 2.0, 3.0, 10.0, 0.001, 100.0, -0.75, -3.5 };
#define M (sizeof b / sizeof *b)

static void approx_double(void)
{
	char call[64];
	printf("== approximate\n");
	for (size_t i = 0; i < M; i++) {
		double x = b[i];
		snprintf(call, sizeof call, "exp(%g)", x);
		approx(call, exp(x));
		snprintf(call, sizeof call, "log(%g)", x);
		approx(call, log(x));
		snprintf(call, sizeof call, "pow(%g, 1.5)", x);
		approx(call, pow(x, 1.5));
		snprintf(call, sizeof call, "pow(1.5, %g)", x);
		approx(call, pow(1.5, x));
		snprintf(call, sizeof call, "exp2(%g)", x);
		approx(call, exp2(x));
		snprintf(call, sizeof call, "log2(%g)", x);
		approx(call, log2(x));
		snprintf(call, sizeof call, "sin(%g)", x);
		approx(call, sin(x));
		snprintf(call, sizeof call, "cos(%g)", x);
		approx(call, cos(x));
		snprintf(call, sizeof call, "tan(%g)", x);
		approx(call, tan(x));
		snprintf(call, sizeof call, "atan2(%g, 2)", x);
		approx(call, atan2(x, 2.0));
		snprintf(call, sizeof call, "atan2(-1, %g)", x);
		approx(call, atan2(-1.0, x));
		snprintf(call, sizeof call, "hypot(%g, 4)", x);
		approx(call, hypot(x, 4.0));
		snprintf(call, sizeof call, "cbrt(%g)", x);
		approx(call, cbrt(x));
	}
	approx("sin(1e6)", sin(1e6 * one));
	approx("cos(1e22)", cos(1e22 * one));
	approx("exp(709)", exp(709 * one));
	approx("exp(-745)", exp(-745 * one));
	approx("log(1e-300)", log(1e-300 * one));
	approx("pow(-2, 0.5)", pow(-two, 0.5));
	approx("log(-1)", log(-one));
	approx("hypot(1e300, 1e300)", hypot(huge, huge));
	approx("atan2(0, -1)", atan2(zero, -one));
	approx("cbrt(27)", cbrt(twentyseven));
	printf("== exact results of approximate functions\n");
	exact("exp(0)", exp(zero));
	exact("log(1)", log(one));
	exact("pow(2, 10)", pow(two, ten));
	exact("pow(-2, 3)", pow(-two, three));
	exact("pow(0, -1)", pow(zero, -one));
	exact("pow(-0, -3)", pow(-zero, -three));
	exact("pow(nan, 0)", pow(NAN, zero));
	exact("pow(1, nan)", pow(one, NAN));
	exact("pow(-1, inf)", pow(-one, INFINITY));
	exact("pow(2, 1024)", pow(two, 1024 * one));
	exact("pow(2, -1080)", pow(two, -1080 * one));
	exact("exp2(10)", exp2(ten));
	exact("exp2(-1074)", exp2(-1074 * one));
	exact("log2(8)", log2(eight));
	exact("log2(0)", log2(zero));
	exact("log(0)", log(zero));
	exact("exp(1000)", exp(1000 * one));
	exact("exp(-inf)", exp(-INFINITY));
	exact("sin(0)", sin(zero));
	exact("sin(-0)", sin(-zero));
	exact("cos(0)", cos(zero));
	exact("tan(-0)", tan(-zero));
	exact("atan2(0, 1)", atan2(zero, one));
	exact("atan2(-0, 1)", atan2(-zero, one));
	exact("hypot(3, 4)", hypot(three, 4 * one));
	exact("hypot(inf, nan)", hypot(INFINITY, NAN));
	exact("cbrt(-8)", cbrt(-eight));
	exact("cbrt(-0)", cbrt(-zero));
}

static void approx_float(void)
{
	volatile float f[] = { 0.5f, 1.25f, 2.0f, 3.0f, 10.0f };
	char call[64];
	printf("== approximate float\n");
	for (size_t i = 0; i < sizeof f / sizeof *f; i++) {
		float x = f[i];
		snprintf(call, sizeof call, "expf(%g)", x);
		approxf(call, expf(x));
		snprintf(call, sizeof call, "logf(%g)", x);
		approxf(call, logf(x));
		snprintf(call, sizeof call, "powf(%g, 0.75)", x);
		approxf(call, powf(x, 0.75f));
		snprintf(call, sizeof call, "sinf(%g)", x);
		approxf(call, sinf(x));
		snprintf(call, sizeof call, "cosf(%g)", x);
		approxf(call, cosf(x));
	}
}

int main(void)
{
	exact_double();
	exact_float();
	approx_double();
	approx_float();
	return 0;
}

/* complex: <complex.h> on fixed arguments (tcc's _Complex, patches
 * 0030-0032, and musl's src/complex).
 * Inputs: none. Output (stdout): one line per expression.
 * - exact: +, -, conj, creal, cimag, and * and / (C11 Annex G; tcc's
 *   runtime follows gcc's libgcc to the bit, docs/TCC-COMPLEX.md),
 *   printed with %a for both parts;
 * - approximate: cabs, carg, csqrt, cexp, clog, cpow, csin, ccos, ctan,
 *   casin, catan, ccosh and their float forms, where glibc and musl may
 *   differ in the last bit: printed with %.10g (%.5g for floats), on
 *   arguments whose parts are not near a rounding boundary of that
 *   precision (checked against both libraries).
 * Special operands go only through * and /, where Annex G makes an
 * infinite operand give an infinite result and a finite one divided by an
 * infinite one a zero; which infinities and zeros, with which signs, is
 * what gcc's libgcc gives, which tcc's runtime follows. A NaN is printed
 * as "nan", its sign not being fixed. */
#include <complex.h>
#include <math.h>
#include <stdio.h>

static void part(const char *fmt, double x)
{
	if (isnan(x))
		printf("nan");
	else if (isinf(x))
		printf(x < 0 ? "-inf" : "inf");
	else
		printf(fmt, x);
}

/* make: x + iy without arithmetic (x + y * I computes 0 * y, a NaN when
 * y is infinite or NaN) */
static double complex make(double x, double y)
{
	union { double complex z; double xy[2]; } u;
	u.xy[0] = x;
	u.xy[1] = y;
	return u.z;
}

static void exact(const char *what, double complex z)
{
	printf("%s = ", what);
	part("%a", creal(z));
	printf(" + i ");
	part("%a", cimag(z));
	printf("\n");
}

static void approx(const char *what, double complex z)
{
	printf("%s = ", what);
	part("%.10g", creal(z));
	printf(" + i ");
	part("%.10g", cimag(z));
	printf("\n");
}

static void approxf(const char *what, float complex z)
{
	printf("%s = ", what);
	part("%.5g", crealf(z));
	printf(" + i ");
	part("%.5g", cimagf(z));
	printf("\n");
}

int main(void)
{
	volatile double a = 1.5, b = -2.25, c = 0.75, d = 3.5;
	double complex z = a + b * I, w = c + d * I, u = 3.0 + 4.0 * I;
	float complex zf = 0.5f + 1.25f * I;
	volatile double inf = INFINITY, nan = NAN;

	exact("z", z);
	exact("z + w", z + w);
	exact("z - w", z - w);
	exact("-z", -z);
	exact("conj(z)", conj(z));
	exact("z * w", z * w);
	exact("z / w", z / w);
	exact("z * 2", z * 2);
	exact("z / 4", z / 4);
	exact("1 / z", 1 / z);
	exact("(inf + nan i) * (1 + 1i)", make(inf, nan) * make(1, 1));
	exact("(inf + 2i) * (0.5 - 1i)", make(inf, 2) * make(0.5, -1));
	exact("(1 + 1i) / (0 + 0i)", make(1, 1) / make(0, 0));
	exact("(1 + 1i) / (inf + inf i)", make(1, 1) / make(inf, inf));
	exact("(nan + inf i) / (2 + 1i)", make(nan, inf) / make(2, 1));
	printf("z == z: %d, z == w: %d, z != w: %d\n", z == z, z == w, z != w);

	approx("cabs(3 + 4i)", cabs(u));
	approx("carg(z)", carg(z));
	approx("csqrt(z)", csqrt(z));
	approx("csqrt(-4)", csqrt(-4.0 + 0.0 * I));
	approx("cexp(z)", cexp(z));
	approx("clog(z)", clog(z));
	approx("cpow(z, w)", cpow(z, w));
	approx("csin(z)", csin(z));
	approx("ccos(z)", ccos(z));
	approx("ctan(w)", ctan(w));
	approx("casin(z)", casin(z));
	approx("catan(w)", catan(w));
	approx("ccosh(z)", ccosh(z));
	approxf("csqrtf(zf)", csqrtf(zf));
	approxf("cexpf(zf)", cexpf(zf));
	approxf("clogf(zf)", clogf(zf));
	approxf("zf * zf", zf * zf);
	return 0;
}

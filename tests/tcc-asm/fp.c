/* Floating-point inline asm as musl's src/math/aarch64 and
   arch/aarch64/fp_arch.h write it: "w", "=w" and "+w" operands of float
   and double with %s and %d, an "=r" output with %x and %w, a "w" input
   matched by number, inputs from a constant and through a pointer, an
   output through a pointer, an empty "+w" barrier, clobbers of v and d
   registers.
 * expect-stdout: fsqrt 1.5 3
 * expect-stdout: frintm -3 2
 * expect-stdout: fmadd 10 3.25
 * expect-stdout: fcvtas -3 3
 * expect-stdout: lrint 2 -4
 * expect-stdout: fmaxnm 7 -1
 * expect-stdout: barrier 0.25 0.5
 * expect-stdout: fneg -6 fcvt 2.5
 * expect-stdout: pointer 12 -0.5
 * expect-stdout: clobber 8 1
 */
#include <stdio.h>

static double sqrt_d(double x)
{
	__asm__ ("fsqrt %d0, %d1" : "=w"(x) : "w"(x));
	return x;
}

static float sqrt_f(float x)
{
	__asm__ ("fsqrt %s0, %s1" : "=w"(x) : "w"(x));
	return x;
}

static double floor_d(double x)
{
	__asm__ ("frintm %d0, %d1" : "=w"(x) : "w"(x));
	return x;
}

static float floor_f(float x)
{
	__asm__ ("frintm %s0, %s1" : "=w"(x) : "w"(x));
	return x;
}

static double fma_d(double x, double y, double z)
{
	__asm__ ("fmadd %d0, %d1, %d2, %d3" : "=w"(x) : "w"(x), "w"(y), "w"(z));
	return x;
}

static float fma_f(float x, float y, float z)
{
	__asm__ ("fmadd %s0, %s1, %s2, %s3" : "=w"(x) : "w"(x), "w"(y), "w"(z));
	return x;
}

static long lround_d(double x)
{
	long n;
	__asm__ ("fcvtas %x0, %d1" : "=r"(n) : "w"(x));
	return n;
}

static int iround_f(float x)
{
	int n;
	__asm__ ("fcvtas %w0, %s1" : "=r"(n) : "w"(x));
	return n;
}

static long lrint_d(double x)
{
	long n;
	__asm__ (
		"frintx %d1, %d1\n"
		"fcvtzs %x0, %d1\n" : "=r"(n), "+w"(x));
	return n;
}

static double barrier_d(double x)
{
	__asm__ __volatile__ ("" : "+w"(x));
	return x;
}

static float barrier_f(float x)
{
	__asm__ __volatile__ ("" : "+w"(x));
	return x;
}

int main(void)
{
	double d = 3, e, k = 2, *p = &d, out[2];
	float f = -1, g, *q = (float *)&out[1];

	printf("fsqrt %g %g\n", sqrt_d(2.25), sqrt_f(9.0f));
	printf("frintm %g %g\n", floor_d(-2.5), floor_f(2.7f));
	printf("fmadd %g %g\n", fma_d(2, 3, 4), fma_f(1.5f, 2, 0.25f));
	printf("fcvtas %ld %d\n", lround_d(-2.5), iround_f(2.5f));
	printf("lrint %ld %ld\n", lrint_d(2.5), lrint_d(-3.7));
	__asm__ ("fmaxnm %d0, %d1, %d2" : "=w"(e) : "w"(d), "w"(7.0));
	__asm__ ("fminnm %s0, %s0, %s1" : "+w"(f) : "w"(2.0f));
	printf("fmaxnm %g %g\n", e, f);
	printf("barrier %g %g\n", barrier_d(0.25), barrier_f(0.5f));
	/* an input matched to its output; a float into a double */
	__asm__ ("fneg %d0, %d0" : "=w"(e) : "0"(d * k));
	__asm__ ("fcvt %d0, %s1" : "=w"(d) : "w"(2.5f));
	printf("fneg %g fcvt %g\n", e, d);
	/* through pointers: an input *p, an output *q */
	d = 3;
	__asm__ ("fadd %d0, %d1, %d1\n\tfadd %d0, %d0, %d0" : "=w"(out[0]) : "w"(*p));
	g = -0.5f;
	__asm__ ("fmov %s0, %s1" : "=w"(*q) : "w"(g));
	printf("pointer %g %g\n", out[0], *q);
	/* scratch registers named as clobbers: v16 and d7 */
	__asm__ ("fmov d16, %d1\n\tfmov d7, d16\n\tfadd %d0, d16, d7"
		 : "=w"(e) : "w"(4.0) : "v16", "d7");
	g = 1;
	__asm__ ("" : "+w"(g) : : "v0", "v1", "v2", "v3", "v4", "v5", "v6");
	printf("clobber %g %g\n", e, g);
	return 0;
}

/* Floating arithmetic as IEEE 754 with FLT_EVAL_METHOD 0: float
 * operations round to float (not evaluated in double), every basic
 * operation correctly rounded to nearest even, comparisons with NaN
 * false (except !=), -0 == 0, signed zero results of x - x and -0 + -0,
 * overflow to infinity and gradual underflow, conversions between float
 * and double rounding once, integer to float rounding (ties to even),
 * float to integer truncation, and constant folding agreeing with run
 * time. Products are stored before being added so that no compiler may
 * fuse them into one multiply-add. */
#include <stdio.h>
#include <string.h>
#include <float.h>

static unsigned fbits(float f)
{
	unsigned u;
	memcpy(&u, &f, 4);
	return u;
}

static unsigned long long dbits(double d)
{
	unsigned long long u;
	memcpy(&u, &d, 8);
	return u;
}

int main(void)
{
	volatile float f1 = 16777216.0f, f2 = 1.0f, third = 1.0f / 3;
	volatile double d1 = 1e16, d2 = 1.0, tenth = 0.1, zero = 0.0;
	volatile double nan = zero / zero, inf = 1 / zero;
	volatile float fmin = FLT_MIN;
	volatile double dmin = DBL_MIN, dmax = DBL_MAX;
	volatile float prod;
	volatile double dprod;
	float fs;
	double ds;
	int i;

	printf("float rounding: %08x %08x %08x\n", fbits(f1 + f2), fbits(f1 + f2 + f2),
	       fbits(third * 3));
	printf("float ops: %08x %08x %08x %08x\n", fbits(third + third), fbits(third - 1),
	       fbits(third * third), fbits(f2 / 7));
	printf("double ops: %016llx %016llx %016llx %016llx\n", dbits(d1 + d2), dbits(tenth * 3),
	       dbits(tenth + tenth + tenth), dbits(d2 / 49 * 49));
	prod = third * third;
	fs = prod + third;
	dprod = tenth * tenth;
	ds = dprod - 0.01;
	printf("unfused: %08x %016llx\n", fbits(fs), dbits(ds));

	printf("nan compares: %d %d %d %d %d %d\n", nan == nan, nan != nan, nan < 1, nan > 1,
	       nan <= nan, !(nan >= 0));
	printf("zeros: %d %016llx %016llx %016llx\n", -zero == zero, dbits(-zero + -zero),
	       dbits(d2 - d2), dbits(-zero * 5));
	printf("overflow: %016llx %016llx %g\n", dbits(dmax * 2), dbits(-dmax * 2), dmax + 1);
	printf("underflow: %016llx %016llx %08x %08x\n", dbits(dmin / 4), dbits(dmin / 1e20),
	       fbits(fmin / 3), fbits(fmin * FLT_EPSILON / 2));
	printf("inf arith: %g %g %d\n", inf - 1e308, inf * -0.5, inf == inf + 1);

	/* double -> float rounds once; float -> double is exact. */
	{
		volatile double d = 1.00000005960464477539062500;	/* a float tie */
		volatile double up = 1.0000000596046448;
		volatile double big = 3.4028235677973366e38;
		printf("to float: %08x %08x %08x %08x\n", fbits((float)d), fbits((float)up),
		       fbits((float)big), fbits((float)(double)fmin));
	}
	/* Integers to floating point: ties to even. */
	{
		volatile long long a = 9007199254740993LL, b = 9007199254740995LL;
		volatile int c = 16777217, e = 16777219;
		volatile unsigned long long m = 0xffffffffffffffffULL, h = 0x8000000000000400ULL;
		printf("int to fp: %016llx %016llx %08x %08x %016llx %016llx %08x\n",
		       dbits((double)a), dbits((double)b), fbits((float)c), fbits((float)e),
		       dbits((double)m), dbits((double)h), fbits((float)h));
	}
	/* Floating to integer truncates toward zero. */
	{
		volatile double v[] = { 2.5, -2.5, 0.9999999, -0.9999999, 1e10, -1e18, 4294967295.9 };
		for (i = 0; i < 7; i++)
			printf("trunc %g: %lld %lld\n", v[i], (long long)v[i],
			       v[i] >= 0 ? (long long)(unsigned long long)v[i] : -1LL);
		printf("to unsigned: %u %u\n", (unsigned)4294967295.9, (unsigned)(volatile double){ 3e9 });
	}
	/* Constant folding against run time. */
	printf("folded: %016llx %016llx %08x %016llx\n", dbits(0.1 * 3), dbits(1.0 / 3),
	       fbits(1.0f / 3), dbits((double)(1.0f / 3)));
	printf("runtime: %016llx %016llx %08x %016llx\n", dbits(tenth * 3), dbits(d2 / 3),
	       fbits(f2 / 3), dbits((double)(f2 / 3)));
	/* A sum whose order matters. */
	ds = 0;
	for (i = 1; i <= 1000; i++)
		ds += 1.0 / i;
	fs = 0;
	for (i = 1; i <= 1000; i++)
		fs += 1.0f / i;
	printf("harmonic: %016llx %08x\n", dbits(ds), fbits(fs));
	return 0;
}

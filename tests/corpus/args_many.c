/* Calls with more arguments than registers: 8 integer (x0-x7) and 8
 * floating (v0-v7) registers, the rest on the stack in order, each in an
 * 8-byte slot. Integer and floating arguments are mixed so that one class
 * spills while the other still has registers. */
#include <stdio.h>
#include <string.h>

static unsigned long long bits(double d)
{
	unsigned long long u;
	memcpy(&u, &d, sizeof u);
	return u;
}

static long ints12(int a, long b, int c, long d, int e, long f, int g, long h,
		   int i, long j, int k, long l)
{
	printf("ints12: %d %ld %d %ld %d %ld %d %ld %d %ld %d %ld\n",
	       a, b, c, d, e, f, g, h, i, j, k, l);
	return a + b + c + d + e + f + g + h + i + j + k + l;
}

static double dbls12(double a, double b, double c, double d, double e, double f,
		     double g, double h, double i, double j, double k, double l)
{
	printf("dbls12: %g %g %g %g %g %g %g %g %g %g %g %g\n",
	       a, b, c, d, e, f, g, h, i, j, k, l);
	return a - b + c - d + e - f + g - h + i - j + k - l;
}

static float flts10(float a, float b, float c, float d, float e, float f,
		    float g, float h, float i, float j)
{
	printf("flts10: %g %g %g %g %g %g %g %g %g %g\n",
	       a, b, c, d, e, f, g, h, i, j);
	return a * 1 + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10;
}

/* 10 integers and 10 floating, interleaved: the 9th and 10th of each class
 * go on the stack, in the order of the parameters. */
static void mixed20(int i1, double d1, long i2, float f2, int i3, double d3,
		    long long i4, float f4, unsigned i5, double d5, int i6,
		    float f6, long i7, double d7, int i8, float f8, int i9,
		    double d9, long i10, float f10)
{
	printf("mixed20 ints: %d %ld %d %lld %u %d %ld %d %d %ld\n",
	       i1, i2, i3, i4, i5, i6, i7, i8, i9, i10);
	printf("mixed20 fps: %g %g %g %g %g %g %g %g %g %g\n",
	       d1, f2, d3, f4, d5, f6, d7, f8, d9, f10);
	printf("mixed20 bits d9=%016llx f10=%016llx\n", bits(d9), bits(f10));
}

/* Only floats spill: 3 ints, 12 doubles. */
static void fspill(int a, double d1, double d2, double d3, double d4, double d5,
		   double d6, double d7, double d8, int b, double d9, double d10,
		   int c, double d11, double d12)
{
	printf("fspill: %d %d %d | %g %g %g %g %g %g %g %g %g %g %g %g\n",
	       a, b, c, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12);
}

/* Only ints spill, with a float in the middle that still gets v0. */
static void ispill(long a, long b, long c, long d, long e, long f, long g,
		   float x, long h, long i, long j, long k)
{
	printf("ispill: %ld %ld %ld %ld %ld %ld %ld %g %ld %ld %ld %ld\n",
	       a, b, c, d, e, f, g, x, h, i, j, k);
}

/* Pointers and 64-bit values past the registers. */
static void ptrs(char *a, char *b, char *c, char *d, char *e, char *f, char *g,
		 char *h, char *i, unsigned long long j, char *k)
{
	printf("ptrs: %s%s%s%s%s%s%s%s%s %llx %s\n", a, b, c, d, e, f, g, h, i, j, k);
}

/* The callee modifies its stack arguments: the caller's values stay. */
static int clobber(int a, int b, int c, int d, int e, int f, int g, int h,
		   int i, int j)
{
	i += 100;
	j *= 3;
	return a + b + c + d + e + f + g + h + i + j;
}

/* Recursion with stack arguments: each frame reads its own. */
static long deep(int n, long a, long b, long c, long d, long e, long f, long g,
		 long h, long i, long j)
{
	if (n == 0)
		return a + b + c + d + e + f + g + h + i + j;
	return deep(n - 1, j, a, b, c, d, e, f, g, h, i) * 2 + n;
}

int main(void)
{
	int x = 9, y = 10;
	printf("ret ints12: %ld\n", ints12(1, -2, 3, -4, 5, -6, 7, -8, 9, -10, 11, 0x7fffffffffL));
	printf("ret dbls12: %g\n", dbls12(1.5, 2.25, 3.125, 4, 5, 6, 7, 8, 9.5, 10.75, 11, 1e300));
	printf("ret flts10: %g\n", flts10(.5f, 1.5f, 2.5f, 3.5f, 4.5f, 5.5f, 6.5f, 7.5f, 8.5f, 9.5f));
	mixed20(1, 1.5, -2, 2.5f, 3, 3.5, -4000000000000LL, 4.5f, 4000000000u, 5.5,
		-6, 6.5f, 7, 7.5, 8, 8.5f, -9, 0.1, 10, 0.1f);
	fspill(-1, 1, 2, 3, 4, 5, 6, 7, 8, -2, 9, 10, -3, 11, 1e-310);
	ispill(1, 2, 3, 4, 5, 6, 7, 0.75f, 8, 9, -10, 0x123456789abcdefL);
	ptrs("a", "b", "c", "d", "e", "f", "g", "h", "i", 0xfedcba9876543210ULL, "k");
	printf("clobber: %d (x=%d y=%d)\n", clobber(1, 2, 3, 4, 5, 6, 7, 8, x, y), x, y);
	printf("deep: %ld\n", deep(20, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
	return 0;
}

// Floating point and SIMD work in user code. Results are printed as
// integers (scaled, or as raw IEEE bits) and checked against the values
// IEEE arithmetic gives.
#include "sys.h"
#include "out.h"

typedef float v4sf __attribute__((vector_size(16)));
typedef int v4si __attribute__((vector_size(16)));

static volatile double one = 1.0, three = 3.0, zero = 0.0, big = 1e30, neg = -2.7;
static volatile float tenth = 0.1f;

static long bits(double d)
{
	union { double d; long l; } u = { d };
	return u.l;
}

static double fsqrt(double x)
{
	double r;
	__asm__("fsqrt %d0, %d1" : "=w"(r) : "w"(x));
	return r;
}

int main(void)
{
	double s = 0, pi = 0, sign = 1, nan;
	float f = 0;
	v4sf a = { 1.5f, 2.5f, -3.0f, 4.0f }, b = { 2.0f, 4.0f, 0.5f, -1.0f }, c;
	v4si x = { 1, 2, 3, 4 }, y = { 10, 20, 30, 40 }, z;
	static int arr[1000];
	long i, sum;

	for (i = 1; i <= 1000; i++)
		s += one / i;
	expect((long)(s * 1e9), 7485470860L, "harmonic(1000) * 1e9");
	for (i = 0; i < 200000; i++, sign = -sign)
		pi += sign / (2 * i + 1);
	expect((long)(4 * pi * 1e12), 3141587653589L, "Leibniz pi * 1e12");
	for (i = 0; i < 1000; i++)
		f += tenth;
	expect((long)(f * 1000), 99999, "1000 * 0.1f * 1000 in float");
	expect(bits(one / three), 0x3fd5555555555555L, "bits of 1/3");
	expect(bits(fsqrt(2 * one)), 0x3ff6a09e667f3bcdL, "bits of sqrt(2)");
	expect(bits(one / zero), 0x7ff0000000000000L, "bits of 1/0");
	nan = zero / zero;
	check(nan != nan, "0/0 is NaN");
	expect((long)nan, 0, "(long)NaN");
	expect((long)big, 0x7fffffffffffffffL, "(long)1e30 saturates");
	expect((long)neg, -2, "(long)-2.7");
	expect((long)(neg * 1000000), -2700000, "-2.7 * 1e6");

	c = a * b + a;
	expect((long)((c[0] + c[1] + c[2] + c[3]) * 100), 1250, "float vector a*b+a, sum * 100");
	z = x * y + x;
	expect(z[0] + z[1] + z[2] + z[3], 310, "int vector x*y+x, sum");
	for (i = 0; i < 1000; i++)
		arr[i] = (int)i * 3;
	for (i = 0, sum = 0; i < 1000; i++)
		sum += arr[i];
	expect(sum, 1498500, "vectorisable sum");
	return done(0);
}

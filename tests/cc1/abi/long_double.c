/* long double (IEEE binary128) arithmetic: the four operations, their
 * rounding, comparisons with NaN and -0.0, compound assignment, ++ and --,
 * mixed with double and integers, in loops that sum and multiply, and as
 * arguments and results among doubles and floats. */
#include <stdio.h>
#include <string.h>

static void q(const char *what, long double x)
{
	unsigned long long u[2];

	memcpy(u, &x, 16);
	printf("%-24s %La %016llx%016llx\n", what, x, u[1], u[0]);
}

static long double mix(float a, long double b, double c, long double d, int e)
{
	return a * b - c / d + e;
}

static long double poly(long double x)
{
	/* Horner, with an error that shows if any step is done in double */
	return ((((x + 1) * x + 0.5L) * x - 1.0L / 3) * x + 1e-30L);
}

volatile long double v1 = 1, v3 = 3, vz = 0, vm = -0.0L;

int main(void)
{
	long double third = v1 / v3, x, sum, prod, nan = vz / vz;
	int i;

	q("1/3", third);
	q("1/3*3", third * v3);
	q("1 - 1/3*3", v1 - third * v3);
	q("1/3 + 2/3", third + 2 * v1 / v3);
	q("1e4000 * 1e-4000", (v1 * 1e4000L) * 1e-4000L);
	q("tiny * tiny (to 0)", (v1 * 1e-3000L) * 1e-3000L);
	q("huge * huge (inf)", (v1 * 1e3000L) * 1e3000L);
	q("-0.0L * 5", vm * 5);
	q("-0.0L + 0", vm + 0);
	q("-0.0L - 0", vm - 0);
	q("1 / -0.0L", v1 / vm);
	q("(1 + 2^-112) - 1", (v1 + 0x1p-112L) - v1);
	q("(1 + 2^-113) - 1 (even)", (v1 + 0x1p-113L) - v1);
	q("(1 + 3*2^-114) - 1", (v1 + 0x3p-114L) - v1);
	q("denormal / 2", 0x1p-16440L / (v1 * 2));
	q("min denormal / 2", 0x1p-16494L / (v1 * 2));
	q("3 * min denormal / 2", 0x3p-16494L / (v1 * 2));
	printf("nan: < %d > %d == %d != %d <= %d >= %d; -0 == 0: %d; 1/3 < 0.3333333333333333334L: %d\n",
	       nan < v1, nan > v1, nan == nan, nan != nan, nan <= v1, nan >= v1, vm == vz,
	       third < 0.3333333333333333334L);
	printf("(double)third == third: %d, (long double)(double)third < third: %d\n",
	       (double)third == third, (long double)(double)third < third);

	sum = 0;
	for (i = 1; i <= 1000; i++)
		sum += v1 / i;
	q("H(1000)", sum);
	prod = 1;
	for (i = 1; i <= 30; i++)
		prod *= i;
	q("30!", prod);
	printf("30! = %.0Lf\n", prod);
	x = 2;
	x++;
	q("2 ++", x);
	x -= 0.5;
	q("-= 0.5", x);
	x *= third;
	q("*= 1/3", x);
	x /= 7;
	q("/= 7", x);
	--x;
	q("--", x);
	q("mix", mix(1.5f, third, 0.1, v3, -7));
	q("poly(1/3)", poly(third));
	q("poly(-1e10)", poly(-1e10L));
	i = third * 1e20L > 33333333333333333333.0L;
	printf("1/3*1e20 > 33333333333333333333: %d, (long)(1e18L/3) = %ld, (int)(-7.9L) = %d\n", i,
	       (long)(1e18L / v3), (int)(-7.9L * v1));
	return 0;
}

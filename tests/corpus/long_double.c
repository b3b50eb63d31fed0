/* long double, IEEE binary128 on aarch64 (done in software by the
 * compiler's runtime: __addtf3 and friends): arithmetic with correct
 * rounding, comparisons, conversions to and from every integer and
 * floating type, printf with %Lf %Le %Lg %La, and constants (folded by the
 * compiler) against the same values computed at run time. */
#include <stdio.h>
#include <string.h>
#include <float.h>

static void bits(const char *what, long double x)
{
	unsigned char b[16];
	int i;
	memcpy(b, &x, 16);
	printf("%s: ", what);
	for (i = 15; i >= 0; i--)
		printf("%02x", b[i]);
	printf("\n");
}

int main(void)
{
	volatile long double one = 1, three = 3, tenth = 0.1L, big = 1e4000L, tiny = 1e-4940L;
	volatile double d = 0.1;
	volatile float f = 0.1f;
	long double x, y;
	int i;

	printf("sizeof %zu, mant %d, dig %d, exp %d..%d\n", sizeof(long double), LDBL_MANT_DIG,
	       LDBL_DIG, LDBL_MIN_EXP, LDBL_MAX_EXP);
	bits("1/3", one / three);
	bits("1/3 const", 1.0L / 3);
	bits("0.1", tenth);
	bits("0.1 from double", (long double)d);
	bits("0.1 from float", (long double)f);
	bits("max", LDBL_MAX);
	bits("min", LDBL_MIN);
	bits("epsilon", LDBL_EPSILON);
	bits("-0", -(one - one));
	bits("big*big", big * big);
	bits("tiny", tiny);
	bits("tiny/1e10", tiny / 1e10L);

	x = one / three;
	printf("ops: %.36Lg %.36Lg %.36Lg %.36Lg\n", x + x, x * three, x - one, x / x);
	printf("rounding: %d %d %d\n", one + LDBL_EPSILON / 2 == one,
	       one + LDBL_EPSILON / 2 * 1.0000001L == one, one - LDBL_EPSILON / 4 == one);
	printf("cmp: %d %d %d %d %d\n", x < tenth * 4, x > tenth * 3, x == one / three,
	       x != x, -(one - one) == 0);

	/* Conversions. */
	{
		volatile long double a = -12345.9L, b = 18446744073709551615.0L, c = 1e20L;
		volatile long double h = 9007199254740993.0L;
		volatile long long ll = -9223372036854775807LL - 1;
		volatile unsigned long long ull = 18446744073709551615ULL;
		volatile int n = -7;
		volatile unsigned u = 4000000000u;
		printf("to int: %d %lld %llu %u %d\n", (int)a, (long long)a, (unsigned long long)b,
		       (unsigned)(c / 1e12L), (signed char)(int)a);
		printf("to double: %.17g %.17g %.9g\n", (double)h, (double)a, (float)a);
		printf("from int: %.25Lg %.25Lg %.25Lg %.25Lg\n", (long double)ll, (long double)ull,
		       (long double)n, (long double)u);
		printf("double tie: %.17g %.17g\n", (double)(9007199254740993.0L),
		       (double)(9007199254740995.0L));
	}

	/* printf. */
	x = one / three;
	y = -big;
	printf("%%Lf: %Lf %.0Lf %.30Lf %Lf\n", x, x * 1e6L, tenth, 1e30L);
	printf("%%Le: %Le %.0Le %.35Le %Le %Le\n", x, x, tenth, y, tiny);
	printf("%%Lg: %Lg %.36Lg %Lg %Lg %#Lg\n", x, tenth, y, tiny, one);
	printf("%%La: %La %.3La %La %La\n", x, x, tenth, y);
	printf("max: %.40Le\nmin: %.40Le\nmin sub: %.10Le\n", LDBL_MAX, LDBL_MIN,
	       LDBL_MIN * LDBL_EPSILON);
	printf("specials: %Lf %Lf %Lf\n", big * big, -big * big, (big * big) * 0);

	/* A loop of running sums, which only binary128 keeps exact. */
	x = 0;
	for (i = 1; i <= 100; i++)
		x += one / (i * (long double)i);
	printf("sum 1/i^2: %.36Lg\n", x);
	x = 1;
	for (i = 1; i <= 30; i++)
		x *= i;
	printf("30!: %.0Lf\n", x);
	return 0;
}

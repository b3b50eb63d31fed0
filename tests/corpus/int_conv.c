/* Integer conversions and promotions: casts between all widths (sign
 * extension, zero extension, truncation), the usual arithmetic conversions
 * (a signed operand meeting an unsigned one of the same or greater rank
 * becomes unsigned; a longer signed type absorbs a shorter unsigned one),
 * integer promotion of char and short, and the types of integer constants. */
#include <stdio.h>
#include <limits.h>

#define TYPEOF_SIZE(x) ((int)sizeof(x))

static volatile long long vals[] = {
	0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536,
	-32768, -32769, 2147483647LL, 2147483648LL, 4294967295LL, 4294967296LL,
	-2147483648LL, -2147483649LL, 0x123456789abcdefLL, -0x123456789abcdefLL,
	LLONG_MAX, LLONG_MIN,
};

int main(void)
{
	size_t i;
	for (i = 0; i < sizeof vals / sizeof vals[0]; i++) {
		long long v = vals[i];
		printf("%lld: sc %d uc %d ss %d us %d si %d ui %u sl %ld ul %lu ull %llu b %d\n", v,
		       (signed char)v, (unsigned char)v, (short)v, (unsigned short)v, (int)v,
		       (unsigned)v, (long)v, (unsigned long)v, (unsigned long long)v, (_Bool)v);
	}

	/* Chains of casts: each step converts from the previous type. */
	{
		volatile int m = -1;
		volatile unsigned char uc = 200;
		volatile signed char sc = -100;
		volatile unsigned short us = 60000;
		volatile short ss = -30000;
		printf("chain: %llx %llx %llx %llx\n", (unsigned long long)(unsigned)m,
		       (unsigned long long)(long)m, (unsigned long long)(unsigned short)(signed char)uc,
		       (unsigned long long)(int)(unsigned char)sc);
		printf("promote: %d %d %d %d %d\n", uc + sc, uc * uc, ss * 2, us * 35000, -uc);
		printf("shifted char: %d %d %d\n", uc << 23, sc >> 2, (unsigned char)(uc << 1));
	}

	/* Usual arithmetic conversions in comparisons. */
	{
		volatile int neg = -1;
		volatile unsigned one = 1;
		volatile long lneg = -1;
		volatile unsigned long ulone = 1;
		volatile unsigned short usmall = 1;
		volatile unsigned char ucsmall = 1;
		printf("cmp: %d %d %d %d %d %d\n", neg < one, lneg < one, lneg < ulone,
		       neg < usmall, neg < ucsmall, neg < (long long)one);
		printf("mixed: %u %ld %lu %lld\n", neg + one, lneg + one, lneg + ulone,
		       (long long)neg + one);
		printf("div: %u %d %ld\n", (unsigned)neg / 2, neg / 2, (long)(neg / (int)one));
		printf("ternary: %lld %llu\n", (long long)(1 ? neg : one),
		       (unsigned long long)(1 ? lneg : ulone));
	}

	/* Types of constants: decimal prefers signed types, hex and octal may
	 * become unsigned. */
	printf("constants: %d %d %d %d %d %d %d %d\n", TYPEOF_SIZE(2147483647),
	       TYPEOF_SIZE(2147483648), TYPEOF_SIZE(0x7fffffff), TYPEOF_SIZE(0xffffffff),
	       TYPEOF_SIZE(0x100000000), TYPEOF_SIZE('a'), TYPEOF_SIZE(1u), TYPEOF_SIZE(1ll));
	printf("constant signs: %d %d %d %d\n", 0xffffffff > 0, -1 < 0xffffffff,
	       -1 < 0x7fffffff, -1 < 4294967295);
	printf("limits: %d %d %u %ld %lu %lld %llu\n", INT_MIN, INT_MAX, UINT_MAX, LONG_MIN,
	       ULONG_MAX, LLONG_MIN, ULLONG_MAX);
	printf("char limits: %d %d %d %d %d\n", CHAR_MIN, CHAR_MAX, SCHAR_MIN, SHRT_MIN, USHRT_MAX);

	/* Unsigned arithmetic wraps modulo 2^N. */
	{
		volatile unsigned u = 0;
		volatile unsigned long long ull = 0;
		volatile unsigned short us = 0;
		u -= 1;
		ull -= 3;
		us -= 1;
		printf("wrap: %u %llu %u %u %llu %u\n", u, ull, u + 2, u * u, ull * ull,
		       (unsigned short)(us + 1));
		printf("negate unsigned: %u %llu\n", -(unsigned)5, -(unsigned long long)5);
	}

	/* Floating to integer and back. */
	{
		volatile double d = -3.99, big = 4294967295.75, huge = 9007199254740993.0;
		volatile float f = 16777217.0f;
		volatile unsigned long long ubig = 18446744073709551615ULL;
		volatile long long lbig = -9007199254740993LL;
		printf("float->int: %d %u %lld %llu %d\n", (int)d, (unsigned)big, (long long)huge,
		       (unsigned long long)big, (int)f);
		printf("int->float: %.17g %.17g %.9g %.9g\n", (double)ubig, (double)lbig,
		       (float)ubig, (float)lbig);
		printf("unsigned->float: %.17g %.17g\n", (double)(unsigned)4294967295u,
		       (double)(ubig >> 1));
		printf("char->float: %g %g\n", (double)(signed char)-5, (float)(unsigned char)250);
	}
	return 0;
}

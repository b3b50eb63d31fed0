/* modf against glibc: the fraction and the integral part, printed exactly
 * (%a, so the sign of a zero shows), for signed zeros, infinities, NaNs,
 * integers, values around 2^52 and 2^53 where the last fraction bits go,
 * huge and tiny values, and random bit patterns of every exponent. */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define SEED 88172645463325252ULL
#include "testlib.h"

static void show(double x)
{
	double ip = 12345.0, frac = modf(x, &ip);

	printf("modf(%a) = %a, ip %a\n", x, frac, ip);
}

static const double values[] = {
	0.0, 1.0, -1.0, 3.0, -3.0, 42.0, -42.0, 0.5, -0.5, 0.25, -0.75, 2.75, -2.75,
	1.0 / 3, -1.0 / 3, 0.9999999999999999, -0.9999999999999999, 1.5, -1.5,
	123456.789, -123456.789, 4503599627370495.5, -4503599627370495.5,
	4503599627370496.0, -4503599627370496.0, 4503599627370497.0,
	2251799813685247.75, -2251799813685247.75, 9007199254740992.0,
	-9007199254740994.0, 1e15 + 0.125, -1e15 - 0.125, 1e16, -1e16, 1e300,
	-1e300, DBL_MAX, -DBL_MAX, DBL_MIN, -DBL_MIN, 1e-300, -1e-300, 1e-310,
	-1e-310, 4.9406564584124654e-324, -4.9406564584124654e-324, 0x1p-1,
	0x1.fffffffffffffp-1, -0x1.fffffffffffffp-1, 0x1.0000000000001p0,
	-0x1.0000000000001p0, 0x1.fffffffffffffp51, -0x1.fffffffffffffp51,
	0x1.fffffffffffffp52, 0x1.fffffffffffffp53,
};

static const uint64_t special_bits[] = {
	0x8000000000000000ULL, /* -0 */
	0x7ff0000000000000ULL, /* inf */
	0xfff0000000000000ULL, /* -inf */
	0x7ff8000000000000ULL, /* nan */
	0xfff8000000000000ULL, /* -nan */
	0x7ff8000000000001ULL, /* nan with a payload */
};

int main(void)
{
	size_t i;

	for (i = 0; i < sizeof values / sizeof values[0]; i++)
		show(values[i]);
	for (i = 0; i < sizeof special_bits / sizeof special_bits[0]; i++)
		show(from_bits(special_bits[i]));
	/* Exponents from 2^-3 to 2^56 hold both parts; the rest are all one. */
	for (i = 0; i < 3000; i++) {
		uint64_t b = next();
		if (i % 2)
			b = (b & 0x800fffffffffffffULL) | (uint64_t)(1020 + i % 40) << 52;
		show(from_bits(b));
	}
	return 0;
}

/* printf of doubles: %f %e %g %a at precisions 0 to 20 (and a few long
 * ones), with flags and widths, for values that stress the conversion:
 * powers of two and ten, halfway cases (exact binary ties round to even,
 * values just off a tie round by their true digits), the largest and
 * smallest normal and subnormal doubles, negative zero, infinities and
 * NaN. (No %#.Ng where rounding adds a digit: glibc prints 999.5 under
 * %#.3g as "1.e+03", dropping the zeros "#" keeps.) */
#include <stdio.h>
#include <string.h>
#include <float.h>

static double from_bits(unsigned long long u)
{
	double d;
	memcpy(&d, &u, sizeof d);
	return d;
}

int main(void)
{
	static const char *fmts[] = { "%.0f", "%.1f", "%.2f", "%.3f", "%.6f", "%.10f",
				      "%.17f", "%.20f", "%.0e", "%.1e", "%.3e", "%.6e",
				      "%.12e", "%.16e", "%.20e", "%.0g", "%.1g", "%.2g",
				      "%.6g", "%.10g", "%.17g", "%.20g", "%#.0f", "%#.0e",
				      "%#g", "%a", "%.0a", "%.1a", "%.3a", "%.13a",
				      "%.15a", "%A" };
	double vals[] = {
		0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 3.5, -2.5, 0.125, 0.375, 1.0 / 3,
		2.0 / 3, 0.1, 0.2, 0.3, 0.05, 0.15, 0.25, 0.35, 0.45, 1.005, 2.675, 1e15 + 0.5,
		123456789.0, 9.5, 99.5, 999.5, 0.995, 1e21, 1e22, 1e23, 5e-324, 2.2250738585072009e-308,
		2.2250738585072014e-308, 1.7976931348623157e308, 4.9406564584124654e-324 * 3,
		9007199254740993.0, 18446744073709551616.0, 1e-5, 1e-4, 0.0001234, 123456.5,
		1234567.5, 0.000099999, 9.9999999, 3.14159265358979323846, 1e100,
	};
	size_t i, j;

	for (i = 0; i < sizeof vals / sizeof vals[0]; i++) {
		unsigned long long u;
		memcpy(&u, &vals[i], sizeof u);
		printf("[%016llx]", u);
		for (j = 0; j < sizeof fmts / sizeof fmts[0]; j++) {
			printf(" ");
			printf(fmts[j], vals[i]);
		}
		printf("\n");
	}

	/* Specials with widths and flags. */
	{
		double inf = from_bits(0x7ff0000000000000ULL), ninf = -inf;
		double nan = from_bits(0x7ff8000000000000ULL);
		printf("inf: %f %e %g %a %F %E %G %A\n", inf, inf, inf, inf, inf, inf, inf, inf);
		printf("-inf: %f %e %g %a %10f|%-10f|%+f\n", ninf, ninf, ninf, ninf, ninf, ninf, ninf);
		printf("nan: %f %e %g %a %F %10f|%-10f|%010f\n", nan, nan, nan, nan, nan, nan, nan, nan);
		printf("inf flags: %+f % f %010f %-8e|\n", inf, inf, inf, inf);
	}

	/* Flags and widths. */
	{
		double v = 3.0625, n = -3.0625;
		printf("flags: [%+f] [% f] [%-12f] [%012f] [%+012f] [%-+12.2f] [% 012.3e]\n", v, v, v, v, v, v, v);
		printf("flags: [%+f] [% f] [%-12f] [%012f] [%+012f] [%-+12.2f] [% 012.3e]\n", n, n, n, n, n, n, n);
		printf("widths: [%20.10e] [%-20.3g] [%020g] [%*.*f] [%-*.*f]\n", v, v, v, 12, 3, v, 12, 3, v);
		printf("zero pad hex: [%020a] [%-20a] [%+a] [% a]\n", v, v, v, v);
		printf("g trailing: %g %g %g %g %g %g\n", 100000.0, 1000000.0, 0.0001, 0.00001, 1e-300, 123456789.0);
		printf("g alt: %#g %#g %#g %#.10g\n", 100000.0, 1.5, 0.0001, 2.0);
	}

	/* Long precisions show exact binary values. */
	printf("exact 0.1: %.60f\n", 0.1);
	printf("exact 1e-20: %.80e\n", 1e-20);
	printf("exact min subnormal: %.760e\n", 5e-324);
	printf("max: %f\n", DBL_MAX);
	printf("min normal: %.330f\n", DBL_MIN);

	/* Walk through the bits of a binade: every tie in %.0f and %.1f. */
	for (i = 0; i < 16; i++) {
		double v = i + 0.5, w = i * 0.25 + 0.125;
		printf("ties %zu: %.0f %.0f %.1f %.2f %.0e %.1e\n", i, v, -v, w, w, v * 10, w);
	}

	/* Float arguments promoted to double. */
	{
		float f = 0.1f, g = 16777216.0f, h = 1e-45f;
		printf("floats: %.10f %.10e %g %a %g %a\n", f, f, g, g, h, h);
	}
	return 0;
}

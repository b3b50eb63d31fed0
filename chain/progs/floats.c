/* floats: printf of doubles and floats, and strtod and strtof of tricky
 * decimal and hexadecimal strings.
 * Inputs: none. Output (stdout): each value under a set of conversions
 * (%f %e %g %a %.17g, widths, precisions and flags); each string with the
 * value read (%a and %.17g), where strtod stopped and whether errno is
 * ERANGE.
 * Both sides print exactly what C99 fixes: conversions are correctly
 * rounded in glibc and musl alike. Left out on purpose: %a of subnormals
 * (glibc writes 0x0.0000000000001p-1022, musl 0x1p-1074; both are
 * allowed); the sign of a NaN a string gave (musl's strtod("-nan") is
 * positive, glibc's negative); errno when nothing was converted (musl
 * sets EINVAL, glibc nothing) and when the result is below 2 * DBL_MIN
 * (C leaves underflow's errno to the library); %#g where rounding
 * carries into a new digit (glibc prints 99999.5 under %#.5g as 1.e+05,
 * dropping the zeros C asks for); overflow of a hexadecimal string
 * (musl's strtod("0x1p1024") gives inf without ERANGE); and long double.
 * Inputs sit in volatile objects so that the compiler cannot convert them
 * itself. A negative NaN is made by copysign: tcc computes -x as -0.0 - x,
 * which keeps a NaN's sign. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const formats[] = {
	"%f", "%e", "%g", "%.17g", "%.0f", "%.1f", "%.3e", "%.0e", "%10.4f", "%-12.3g|",
	"%+.2e", "% f", "%#g", "%#.0f", "%#.0e", "%010.3f", "%G", "%E", "%.20f", "%.30e",
	"%.1g", "%.15g", "%+012.4e", "%-+8.1f|", "%#.5g",
};

static volatile double values[] = {
	0.0, 1.0, -1.5, 0.1, 1.0 / 3, 2.0 / 3, 123456.789, 1e-5, 1e-4, 99999.25, 999999.25,
	1e21, 1e22, 1e100, 2.2250738585072014e-308, 4.9406564584124654e-324, 1.7976931348623157e308,
	0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 5e-7, 123456789012345678.0, 9.5, 0.05, 0.15,
	-0.0, 3.14159265358979323846, 1e15 + 0.3, 0.000123456789,
};

/* %a only of normal numbers, zero, infinities and NaN (see above). */
static volatile double hexvalues[] = {
	0.0, -0.0, 1.0, -1.0, 0.1, 1.0 / 3, 0.5, 1.5, 1e300, 1e-300, 2.2250738585072014e-308,
	1.7976931348623157e308, 3.0, 255.0, 1.0 + DBL_EPSILON,
};

static const char *const hexformats[] = {
	"%a", "%A", "%.0a", "%.1a", "%.3a", "%.13a", "%.15a", "%20a|", "%-20a|", "%+a", "%#.0a", "%020a",
};

static const char *const specialformats[] = {
	"%f", "%e", "%g", "%a", "%F", "%E", "%G", "%A", "%8f|", "%-8e|", "%+g", "% a", "%08f",
};

static void print_double(double x)
{
	for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
		printf("%s=[", formats[i]);
		printf(formats[i], x);
		printf("] ");
	}
	printf("\n");
}

static void printing(void)
{
	volatile float f[] = { 0.1f, 1.0f / 3, 16777217.0f, FLT_MAX, FLT_MIN, 1e-40f, -2.5f };
	double special[4];

	printf("== printf\n");
	for (size_t i = 0; i < sizeof values / sizeof *values; i++)
		print_double(values[i]);
	for (size_t i = 0; i < sizeof hexvalues / sizeof *hexvalues; i++) {
		for (size_t j = 0; j < sizeof hexformats / sizeof *hexformats; j++) {
			printf("%s=[", hexformats[j]);
			printf(hexformats[j], hexvalues[i]);
			printf("] ");
		}
		printf("\n");
	}
	special[0] = INFINITY;
	special[1] = -INFINITY;
	special[2] = NAN;
	special[3] = copysign(NAN, -1.0);
	for (size_t i = 0; i < 4; i++) {
		for (size_t j = 0; j < sizeof specialformats / sizeof *specialformats; j++) {
			printf("%s=[", specialformats[j]);
			printf(specialformats[j], special[i]);
			printf("] ");
		}
		printf("\n");
	}
	for (size_t i = 0; i < sizeof f / sizeof *f; i++)
		printf("float %.9g %e %.3f %.17g\n", f[i], f[i], f[i], f[i]);
	printf("star [%*.*f] [%-*.*e] [%.*g]\n", 12, 3, 3.14159, 14, 2, -2.5e-3, 4, 1234567.0);
	printf("several %f %e %g %a %f\n", 1.0, 2.0, 3.0, 4.0, 5.0);
}

/* show: a value read, as %a (unless subnormal) and %.17g; any NaN is
 * "nan", whatever its sign. */
static void show(double x)
{
	if (isnan(x))
		printf("nan");
	else if (fpclassify(x) == FP_SUBNORMAL)
		printf("subnormal %.17g %.13e", x, x);
	else
		printf("%a %.17g", x, x);
}

static const char *const doubles[] = {
	"0", "-0", "1", "0.1", "  \t42.5xyz", "+7", "1e23", "8.9999999999999999e22",
	"9007199254740993", "9007199254740992.5", "9007199254740993.0000000001",
	"2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
	"4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
	"1e-320", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
	"1e400", "-1e400", "1e-400", "-1e-400", "0x1.8p1", "0X1P-1022", "0x1p-1074", "0x.8p-1073",
	"0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080000001p0",
	"-0x1.fffffffffffffp1023", "0xABCDEFp-4", "0x1.8", "0x1p", "0x", "0x.p1",
	"inf", "-INF", "infinity", "-Infinity", "infinit", "infx", "nan", "NAN", "nan(123)",
	"nan(abc_9)", "nan(", "nanx", "1.5e", "1e+", "1e-x", ".5", "5.", ".", "-.e1", "e5", "",
	"   ", "-", "+.5e-3", "  +1.0e+0010", "0.000000000000000000000000000000000000000000001e45",
	"1.00000000000000011102230246251565404236316680908203125",
	"1.000000000000000111022302462515654042363166809082031250000000000001",
	"1.00000000000000011102230246251565404236316680908203124999999999999",
	"0.1000000000000000055511151231257827021181583404541015625",
	"123456789012345678901234567890", "1e-5000", "1e5000", "00000000000000000000001.5",
	"3.14159265358979323846264338327950288", "1,5", "1.5.5", "1e1e1", "0e999999", "1e-999999",
};

static const char *const floats[] = {
	"0.1", "1e-45", "7e-46", "1.4e-45", "1e-38", "1.17549435e-38", "3.4028235e38",
	"3.40282356e38", "3.4028236e38", "1e39", "7.038531e-26", "1.00000005960464477539062499",
	"1.000000059604644775390625", "1.00000005960464477539062501", "16777217", "0x1.000001p0",
	"0x1.0000018p0", "-inf", "nan", "8388608.5", "8388609.5", "2.5", "  -0.0e5x",
};

static void reading(void)
{
	printf("== strtod\n");
	for (size_t i = 0; i < sizeof doubles / sizeof *doubles; i++) {
		const char *s = doubles[i];
		char *end;
		double x;
		int e;
		errno = 0;
		x = strtod(s, &end);
		e = errno;
		printf("\"%s\" -> ", s);
		show(x);
		printf(" end %d", (int)(end - s));
		if (end != s && (x == 0 || !(fabs(x) < 2 * DBL_MIN)))
			printf(" %s", e == ERANGE ? "ERANGE" : e == 0 ? "0" : "other");
		printf("\n");
	}
	printf("== strtof\n");
	for (size_t i = 0; i < sizeof floats / sizeof *floats; i++) {
		const char *s = floats[i];
		char *end;
		float x;
		int e;
		errno = 0;
		x = strtof(s, &end);
		e = errno;
		printf("\"%s\" -> ", s);
		if (isnan(x))
			printf("nan");
		else if (fpclassify(x) == FP_SUBNORMAL)
			printf("subnormal %.9g", x);
		else
			printf("%a %.9g", x, x);
		printf(" end %d", (int)(end - s));
		if (end != s && (x == 0 || !(fabsf(x) < 2 * FLT_MIN)))
			printf(" %s", e == ERANGE ? "ERANGE" : e == 0 ? "0" : "other");
		printf("\n");
	}
	printf("== atof %.17g %.17g\n", atof("2.5e-3"), atof("  -17.25 rest"));
}

/* Reading back what printf wrote gives the same double, for %.17g and %a. */
static int roundtrip(void)
{
	int bad = 0;
	double x = 1.0;
	char buf[64];
	for (int i = 0; i < 2000; i++) {
		volatile double y = x * 1.0001220703125; /* never an fma */
		x = y + 1e-7;
		snprintf(buf, sizeof buf, "%.17g", x);
		if (strtod(buf, NULL) != x)
			bad++;
		snprintf(buf, sizeof buf, "%a", x);
		if (strtod(buf, NULL) != x)
			bad++;
		snprintf(buf, sizeof buf, "%.17g", 1 / x);
		if (strtod(buf, NULL) != 1 / x)
			bad++;
	}
	printf("== roundtrip %.17g bad %d\n", x, bad);
	return bad;
}

int main(void)
{
	printing();
	reading();
	return roundtrip() != 0;
}

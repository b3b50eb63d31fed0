/* The printf family on a large table of cases: every integer format with
 * every integer value, every floating format with every double (fixed
 * hard cases plus random bit patterns from a fixed-seed generator), and
 * snprintf's truncation and return values. Built against our libc and
 * against glibc; tests/libc/run compares the outputs. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#define SEED 88172645463325252ULL
#include "testlib.h"

static const char *const int_formats[] = {
	"%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%.0d", "%8.3d",
	"%-8.3d|", "%+.3d", "%+05d", "% 05d", "%-+6d|", "%x", "%#x", "%X", "%#X",
	"%o", "%#o", "%#.0o", "%.0x", "%#.0x", "%#10.4x", "%-#10x|", "%010x",
	"%#010x", "%u", "%10u", "%'d", "%hhd", "%hhu", "%hhx", "%hd", "%hu", "%hx",
	"%c", "%3c|", "%-3c|",
};

static const char *const long_formats[] = {
	"%ld", "%lld", "%zd", "%jd", "%td", "%lu", "%llu", "%zu", "%lx", "%#llx",
	"%lo", "%+ld", "%25ld", "%-25ld|", "%.20ld", "%025ld", "%#.20lX",
};

static const long long int_values[] = {
	0, 1, -1, 7, 8, 9, 10, 15, 16, 42, -42, 99, 100, 127, 128, 255, 256,
	-128, -129, 1000, 4095, 65535, 65536, -65536, 123456789, -123456789,
	INT_MAX, INT_MIN, UINT_MAX, LONG_MAX, LONG_MIN, LLONG_MAX - 1,
	(long long)ULLONG_MAX,
};

static const char *const float_formats[] = {
	"%f", "%.0f", "%.1f", "%.2f", "%.3f", "%.10f", "%.17f", "%.25f", "%#.0f",
	"%e", "%.0e", "%.1e", "%.3e", "%.10e", "%.16e", "%.20e", "%#.0e", "%E",
	"%g", "%.0g", "%.1g", "%.2g", "%.3g", "%.6g", "%.10g", "%.15g", "%.17g",
	"%.20g", "%#g", "%#.3g", "%#.0g", "%G", "%a", "%.0a", "%.1a", "%.3a",
	"%.12a", "%.13a", "%.15a", "%A", "%#.0a", "%10.3f", "%-10.3f|", "%+f",
	"% f", "%010.3f", "%+010.3e", "%-+12.4g|", "%012g", "% 012.3a", "%F",
	"%.40f", "%.60e", "%20.10e", "%-20a|", "%.5G", "%#.5G", "%.30g",
};

static const double fixed_values[] = {
	0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 3.5, -2.5, 0.125, 0.1, 0.2, 0.3, 1.0 / 3,
	2.0 / 3, 1e-300, 1e300, 1.7976931348623157e308, 2.2250738585072014e-308,
	2.2250738585072009e-308, 4.9406564584124654e-324, 123456789.0, 1e15,
	1e16, 1e17, 1e21, 1e22, 1e23, 9.5, 0.05, 0.15, 0.25, 0.35, 0.45,
	999.9999, 9.9999999, 99999.95, 0.00001234, 1e-5, 1e-4, 0.0001, 123456.0,
	1234567.0, 9.999999e-5, 0.000099999995, 5e-5, 5.5, 6.5, 1e100, 1e-100,
	3.141592653589793, 2.718281828459045, 1024.0, 0.999999, 0.9999995,
	9999999.5, 1e6, 1e7, 12345678901234567890.0, 0.1e-6, 255.0 / 256,
};

static const char *const ldouble_formats[] = {
	"%Le", "%.0Le", "%.30Le", "%.40Le", "%Lf", "%.40Lf", "%Lg", "%.20Lg", "%.36Lg",
	"%#.5Lg", "%La", "%.5La", "%.0La", "%LA", "%.30La", "%-45.30Le|", "%+020.3Lf",
};

static const long double ldouble_values[] = {
	0.0L, 1.0L, 0.1L, 0.5L, 2.5L, 1.0L / 3, 2.0L / 3, 1e-300L, 1e300L, 1e4000L,
	1e-4000L, 1.18973149535723176508575932662800702e4932L,
	3.36210314311209350626267781732175260e-4932L,
	6.47517511943802511092443895822764655e-4966L, 3.141592653589793238462643383279502884L,
	123456789012345678901234567890.0L, 0.000001L, 9.999999999999999999999999999999999e9L,
};

static void line_ldouble(const char *fmt, long double x)
{
	char buf[6000];
	uint64_t b[2];
	int n = snprintf(buf, sizeof buf, fmt, x);

	memcpy(b, &x, sizeof b);
	printf("%s %016llx%016llx -> [%s] %d\n", fmt, (unsigned long long)b[1],
	       (unsigned long long)b[0], buf, n);
}

static void line_int(const char *fmt, long long v, int as_long)
{
	char buf[128];
	int n = as_long ? snprintf(buf, sizeof buf, fmt, (long)v)
			: snprintf(buf, sizeof buf, fmt, (int)v);
	printf("%s %lld -> [%s] %d\n", fmt, v, buf, n);
}

static void line_float(const char *fmt, double d)
{
	char buf[1024];
	uint64_t b;
	int n = snprintf(buf, sizeof buf, fmt, d);

	memcpy(&b, &d, sizeof b);
	printf("%s %016llx -> [%s] %d\n", fmt, (unsigned long long)b, buf, n);
}

int main(void)
{
	size_t i, j;
	char buf[64];
	int n;

	for (i = 0; i < sizeof int_formats / sizeof *int_formats; i++)
		for (j = 0; j < sizeof int_values / sizeof *int_values; j++)
			line_int(int_formats[i], int_values[j], 0);
	for (i = 0; i < sizeof long_formats / sizeof *long_formats; i++)
		for (j = 0; j < sizeof int_values / sizeof *int_values; j++)
			line_int(long_formats[i], int_values[j], 1);
	for (j = 0; j < 200; j++) {
		long long v = (long long)next() >> (next() % 64);
		line_int("%lld", v, 1);
		line_int("%#llo", v, 1);
		line_int("%d", v, 0);
		line_int("%x", v, 0);
	}

	for (i = 0; i < sizeof float_formats / sizeof *float_formats; i++) {
		for (j = 0; j < sizeof fixed_values / sizeof *fixed_values; j++) {
			line_float(float_formats[i], fixed_values[j]);
			line_float(float_formats[i], -fixed_values[j]);
		}
		line_float(float_formats[i], from_bits(0x7ff0000000000000ULL));
		line_float(float_formats[i], from_bits(0xfff0000000000000ULL));
		line_float(float_formats[i], from_bits(0x7ff8000000000000ULL));
		line_float(float_formats[i], from_bits(0xfff8000000000000ULL));
		line_float(float_formats[i], from_bits(1));
		line_float(float_formats[i], from_bits(0x000fffffffffffffULL));
	}
	for (j = 0; j < 400; j++) {
		uint64_t b = next();
		double d;
		if ((b >> 52 & 0x7ff) == 0x7ff)
			continue;
		d = from_bits(b);
		line_float("%.17g", d);
		line_float("%e", d);
		line_float("%.30e", d);
		line_float("%f", d);
		line_float("%g", d);
		line_float("%a", d);
		line_float("%.3a", d);
		/* Numbers of ordinary size, where %f shows every digit. */
		d = from_bits((b & 0x800fffffffffffffULL) | ((0x3ff + (b >> 52) % 120 - 60) << 52));
		line_float("%.17g", d);
		line_float("%f", d);
		line_float("%.0f", d);
		line_float("%.2f", d);
		line_float("%.70f", d);
		line_float("%.3g", d);
		line_float("%#.8g", d);
		line_float("%.15e", d);
	}
	/* Halfway cases: values with few binary digits, at every precision. */
	for (j = 0; j < 300; j++) {
		double d = (double)(next() % 100000) / (double)(1 << (next() % 12));
		for (i = 0; i < 6; i++) {
			snprintf(buf, sizeof buf, "%%.%de", (int)i);
			line_float(buf, d);
			snprintf(buf, sizeof buf, "%%.%df", (int)i);
			line_float(buf, d);
			snprintf(buf, sizeof buf, "%%.%dg", (int)i);
			line_float(buf, d);
		}
	}

	/* long double (binary128): fixed values, then random bit patterns. */
	for (i = 0; i < sizeof ldouble_formats / sizeof *ldouble_formats; i++) {
		for (j = 0; j < sizeof ldouble_values / sizeof *ldouble_values; j++) {
			line_ldouble(ldouble_formats[i], ldouble_values[j]);
			line_ldouble(ldouble_formats[i], -ldouble_values[j]);
		}
	}
	for (j = 0; j < 300; j++) {
		uint64_t b[2] = { next(), next() };
		long double x;
		if ((b[1] >> 48 & 0x7fff) == 0x7fff)
			continue;
		memcpy(&x, b, sizeof x);
		line_ldouble("%.40Le", x);
		line_ldouble("%La", x);
		line_ldouble("%.10La", x);
		line_ldouble("%Lg", x);
		/* Ordinary magnitudes, where %Lf shows every digit. */
		b[1] = (b[1] & 0x8000ffffffffffffULL) | (uint64_t)(0x3fff + next() % 200 - 100) << 48;
		memcpy(&x, b, sizeof x);
		line_ldouble("%.60Lf", x);
		line_ldouble("%.36Lg", x);
		line_ldouble("%.3Le", x);
	}
	line_ldouble("%Lf", 1e4000L);
	line_ldouble("%.20Lf", 6.47517511943802511092443895822764655e-4966L);
	line_ldouble("%.5000Lf", 6.47517511943802511092443895822764655e-4966L);

	/* Truncation, return values, %n, %%, strings, pointers. */
	for (i = 0; i < 12; i++) {
		memset(buf, '#', sizeof buf);
		n = snprintf(buf, i, "abc%d%s", 12345, "xyz");
		printf("snprintf %zu -> [%.*s] %d\n", i, i ? (int)i : 0, buf, n);
	}
	n = snprintf(NULL, 0, "%s-%d", "abc", 42);
	printf("snprintf NULL -> %d\n", n);
	n = sprintf(buf, "%s|%10s|%-10s|%.2s|%5.1s|%%|%c", "str", "right", "left", "trunc", "xy", 'z');
	printf("sprintf [%s] %d\n", buf, n);
	{
		int before = 0, after = 0;
		short hn = 0;
		signed char hhn = 0;
		long ln = 0;
		printf("n: abc%n def%hn %hhn%ln%n\n", &before, &hn, &hhn, &ln, &after);
		printf("n: %d %d %d %ld %d\n", before, hn, hhn, ln, after);
	}
	printf("star: [%*d] [%-*d] [%.*f] [%*.*e]\n", 6, 42, 6, 42, 3, 3.14159, 12, 2, 31415.9);
	printf("negstar: [%*d] [%.*d]\n", -6, 42, -3, 42);
	printf("ptr: [%p] [%20p] [%-20p]\n", (void *)0x1234abcd, (void *)0xdead, (void *)0xbeef);
	printf("null: [%p] [%10p]\n", (void *)0, (void *)0);
	printf("bigwidth: [%300d]\n", 7);
	n = snprintf(buf, sizeof buf, "[%lc|%3lc|%-3lc|%ls|%8ls|%-8ls|%.2ls]", (wint_t)'a',
		     (wint_t)'b', (wint_t)'c', L"wide", L"right", L"left", L"trunc");
	printf("wide: %s %d\n", buf, n);
	return 0;
}

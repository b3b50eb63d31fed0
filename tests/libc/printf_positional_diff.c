/* printf's positional form (POSIX %n$ and *m$) against glibc: arguments
 * used out of order, more than once, as widths and precisions, of every
 * type (integer and floating arguments travel in different registers and
 * spill to the stack at different points, so their order matters), past
 * nine, through vsnprintf, with truncation and %n. Mixing numbered and
 * unnumbered conversions is undefined and not tested; so is leaving a
 * number out, but glibc and we both take such an argument as an int, and
 * one case (all ints) relies on it. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

static int through_v(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

/* Shows what snprintf made and returned. */
static void show(const char *fmt, const char *buf, int n)
{
	printf("%s -> [%s] %d\n", fmt, buf, n);
}

#define CASE(fmt, ...)                                              \
	do {                                                        \
		n = snprintf(buf, sizeof buf, fmt, __VA_ARGS__);    \
		show(fmt, buf, n);                                  \
	} while (0)

int main(void)
{
	char buf[512];
	int n, at = -1;
	short hat = -1;
	long lat = -1;

	printf("%2$s, %1$s!\n", "world", "hello");
	CASE("%2$s %1$s", "world", "hello");
	CASE("%1$d %1$x %1$o %1$#X %1$5d|%1$-5d|", 255);
	CASE("%1$*2$.*3$f|", 3.14159265358979, 12, 3);
	CASE("%3$.*2$f|%1$*2$d|", 42, 7, 2.718281828);
	CASE("%2$*1$d|", 8, 42);
	CASE("%1$-*2$s|", "ab", 6);
	CASE("%1$*2$d|", 42, -6);
	CASE("%1$.*2$f|", 3.14159, -1);
	CASE("%1$*1$d|", 5);
	CASE("%3$s %1$d %2$.2f %4$c %5$ld %6$p", 7, 2.5, "str", 'c', -123456789012L, (void *)0x1234);
	CASE("%2$Lf %1$d %3$.3Le", 5, 1.5L, -2.25L);
	CASE("%4$f %3$d %2$f %1$d", 1, 2.5, 3, 4.5);
	CASE("%2$hhd %1$hd %3$hhu %4$hx", 70000, 300, 511, 0x12345);
	CASE("%3$lld %2$zu %1$jd %4$td", (long long)-1, (size_t)2, (intmax_t)3, (ptrdiff_t)-4);
	CASE("%2$ls %1$lc %2$.2ls|%1$3lc|", (wint_t)'x', L"wide");
	CASE("%1$d%% of %2$s", 50, "it");
	CASE("%1$s %1$.3s %1$10.2s|", "repeat");
	CASE("%2$s %1$s", (char *)NULL, "null");
	CASE("%1$e %1$g %1$a %1$.0f", 1234.5678);
	CASE("price: $%d.%02d", 3, 5);
	CASE("%12$d %11$d %10$d %9$d %8$d %7$d %6$d %5$d %4$d %3$d %2$d %1$d", 1, 2, 3, 4, 5,
	     6, 7, 8, 9, 10, 11, 12);
	/* Twelve doubles and twelve ints, interleaved, read backwards: more
	 * than the eight of each that registers pass. */
	CASE("%24$d %23$g %22$d %21$g %20$d %19$g %18$d %17$g %16$d %15$g %14$d %13$g "
	     "%12$d %11$g %10$d %9$g %8$d %7$g %6$d %5$g %4$d %3$g %2$d %1$g",
	     0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9, 9.5, 10,
	     10.5, 11, 11.5, 12);
	CASE("%20$s %1$d", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
	     "twentieth");

	n = through_v(buf, sizeof buf, "%3$s-%2$d-%1$.1f", 9.25, 8, "v");
	show("through vsnprintf", buf, n);
	n = snprintf(buf, 5, "%2$s%1$s", "abc", "def");
	show("truncated to 5", buf, n);
	n = snprintf(NULL, 0, "%2$s%1$s", "abc", "defg");
	printf("snprintf NULL -> %d\n", n);
	n = snprintf(buf, sizeof buf, "abc%2$n%1$d%3$hn%4$ln|", 12345, &at, &hat, &lat);
	show("%n", buf, n);
	printf("n: %d %d %ld\n", at, hat, lat);
	errno = ERANGE;
	n = snprintf(buf, sizeof buf, "%1$d: %m", 1);
	show("%m", buf, n);
	return 0;
}

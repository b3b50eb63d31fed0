/* printf's integer and string conversions: every length modifier (hh h l
 * ll j z t) with d i u o x X, flags (- + space # 0) and their interplay
 * with precision (0 with a precision is ignored; precision 0 of the value
 * 0 prints nothing, except %#o), widths and precisions from arguments
 * (a negative width means '-', a negative precision none), %c %s %%
 * and %n; snprintf truncation: the return value is the full length, the
 * buffer holds n-1 bytes and a NUL, n = 0 writes nothing. */
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <limits.h>
#include <string.h>

int main(void)
{
	static const char *flags[] = { "", "-", "+", " ", "#", "0", "-+", "+0", " 0", "#0", "-#" };
	static const char *convs = "diouxX";
	static const long long vals[] = { 0, 1, -1, 42, -42, 255, 65535, INT_MAX, INT_MIN,
		LLONG_MAX, LLONG_MIN };
	char fmt[32], buf[64];
	size_t f, c, v;
	int n1, n2, r;

	for (v = 0; v < sizeof vals / sizeof vals[0]; v++) {
		printf("%lld:", vals[v]);
		for (c = 0; convs[c]; c++)
			for (f = 0; f < sizeof flags / sizeof flags[0]; f++) {
				snprintf(fmt, sizeof fmt, " [%%%s8ll%c]", flags[f], convs[c]);
				printf(fmt, vals[v]);
				snprintf(fmt, sizeof fmt, " [%%%s.3ll%c]", flags[f], convs[c]);
				printf(fmt, vals[v]);
				snprintf(fmt, sizeof fmt, " [%%%s12.5ll%c]", flags[f], convs[c]);
				printf(fmt, vals[v]);
			}
		printf("\n");
	}
	printf("precision 0: [%.0d] [%.0x] [%.0o] [%#.0o] [%#.0x] [%5.0d] [%.0d]\n", 0, 0, 0, 0, 0, 0, 1);
	printf("hh: %hhd %hhu %hhx %hhd %hhu\n", 300, 300, -1, -129, 256 + 7);
	printf("h: %hd %hu %hx %hd\n", 70000, 70000, -1, -32769);
	printf("l: %ld %lu %lx %lo\n", LONG_MIN, ULONG_MAX, -1L, 8L);
	printf("j z t: %jd %ju %zu %zd %td %tx\n", INTMAX_MIN, UINTMAX_MAX, SIZE_MAX, (ssize_t)-5,
	       (ptrdiff_t)-7, (ptrdiff_t)255);
	printf("star: [%*d] [%-*d] [%*d] [%.*d] [%.*d] [%*.*d]\n", 6, 42, 6, 42, -6, 42, 4, 42, -4,
	       42, -8, 3, 7);
	printf("strings: [%s] [%10s] [%-10s] [%.2s] [%10.2s] [%.*s] [%.0s] [%s]\n", "abc", "abc",
	       "abc", "abc", "abc", 1, "xyz", "gone", "");
	printf("chars: [%c] [%3c] [%-3c] [%c%c]\n", 'a', 'b', 'c', 0x141, '%');
	printf("percent: [%%] [%%%%]\n");
	printf("hex alt: %#x %#X %#o %#llx %#x\n", 255, 255, 8, 1ULL << 63, 0);
	printf("n: ab%ncd%hhnef", &n1, (signed char *)buf);
	printf(" -> %d %d\n", n1, buf[0]);
	printf("%s%n\n", "measured", &n2);
	printf("n2 = %d\n", n2);

	/* snprintf truncation. */
	memset(buf, '#', sizeof buf);
	r = snprintf(buf, 5, "%s", "abcdefgh");
	printf("trunc 5: %d [%s] after %c\n", r, buf, buf[5]);
	memset(buf, '#', sizeof buf);
	r = snprintf(buf, 1, "%d", 12345);
	printf("trunc 1: %d [%s] %c\n", r, buf, buf[1]);
	memset(buf, '#', sizeof buf);
	r = snprintf(buf, 0, "%d", 12345);
	printf("trunc 0: %d %c\n", r, buf[0]);
	r = snprintf(NULL, 0, "%s %d %f", "null buffer", -1, 2.5);
	printf("null: %d\n", r);
	memset(buf, '#', sizeof buf);
	r = snprintf(buf, 8, "%5d|%-5d|", 1, 2);
	printf("trunc fields: %d [%s]\n", r, buf);
	r = snprintf(buf, sizeof buf, "%s", "");
	printf("empty: %d [%s]\n", r, buf);
	r = sprintf(buf, "%d%s%c", 12, "ab", 'z');
	printf("sprintf: %d [%s]\n", r, buf);
	r = printf("%s", "");
	printf("printf empty: %d\n", r);
	r = printf("counted\n");
	printf("printf counted: %d\n", r);
	return 0;
}

/* strtol, strtoul, strtoll, strtoull and atoi: bases 0 (prefix
 * detection), 2 to 36, 16 with and without "0x", leading whitespace and
 * signs, the end pointer (no digits: it stays at the start, "0x" with no
 * hex digit: after the 0), overflow (clamped to the limit with ERANGE),
 * a minus sign on unsigned conversions (the negation of the value, no
 * error unless the magnitude overflows). */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>

static const char *inputs[] = {
	"0", "-0", "42", "  \t\n+42xyz", "-42", "0x1F", "0X1f", "0x", "0xg", "010", "08", "0b101",
	"z", "Zz", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
	"-9223372036854775809", "18446744073709551615", "18446744073709551616", "-1",
	"-18446744073709551615", "-18446744073709551616", "99999999999999999999999", "", "+",
	" -", "- 1", "1e5", "123abc", "0x7fffffffffffffff", "0xffffffffffffffffff",
};
static const int bases[] = { 0, 2, 8, 10, 16, 36 };

int main(void)
{
	size_t i, k;
	for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
		const char *s = inputs[i];
		const char *c;
		printf("\"");
		for (c = s; *c; c++)
			printf(*c == '\t' ? "\\t" : *c == '\n' ? "\\n" : "%c", *c);
		printf("\":");
		for (k = 0; k < sizeof bases / sizeof bases[0]; k++) {
			char *e1, *e2;
			long l;
			unsigned long ul;
			int r1, r2;
			errno = 0;
			l = strtol(s, &e1, bases[k]);
			r1 = errno == ERANGE;
			errno = 0;
			ul = strtoul(s, &e2, bases[k]);
			r2 = errno == ERANGE;
			printf(" b%d %ld/%ld%s %lu/%ld%s", bases[k], l, (long)(e1 - s), r1 ? "R" : "",
			       ul, (long)(e2 - s), r2 ? "R" : "");
		}
		printf("\n");
	}
	{
		char *e;
		errno = 0;
		printf("strtoll: %lld", strtoll("-9223372036854775809", &e, 10));
		printf(" %d", errno == ERANGE);
		errno = 0;
		printf(" strtoull: %llu", strtoull("-1", &e, 10));
		printf(" %d\n", errno == ERANGE);
		printf("atoi: %d %d %d %ld %lld\n", atoi("  -123abc"), atoi("+7"), atoi("x"),
		       atol("2147483648"), atoll("-9223372036854775807"));
	}
	return 0;
}

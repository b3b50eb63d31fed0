/* strings: <string.h>, <ctype.h> and the integer conversions of
 * <stdlib.h>. strlen, strcmp, strncmp, strchr, strrchr, strstr, strspn,
 * strcspn, strpbrk, strtok, strcpy, strcat, strncat, memcmp, memmove (both
 * directions of overlap), memcpy, memset, memchr, strncpy's padding;
 * strtol, strtoul, strtoll and strtoull in bases 0, 2, 8, 10, 16 and 36
 * with endptr and errno (ERANGE on overflow); atoi and atol; the classes
 * of ctype.h and toupper and tolower for each of 0..127.
 * Inputs: none. Output (stdout): one line per call. Comparisons print
 * only their sign, and pointers as offsets into their string ("null"
 * when NULL): what C fixes. errno is printed only after a conversion
 * happened (musl sets EINVAL when there is none, glibc only for a bad
 * base). */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int sign(int r)
{
	return (r > 0) - (r < 0);
}

static void at(const char *what, const char *s, const char *p)
{
	if (p)
		printf("%s: %d\n", what, (int)(p - s));
	else
		printf("%s: null\n", what);
}

static void dump(const char *what, const char *b, size_t n)
{
	printf("%s:", what);
	for (size_t i = 0; i < n; i++)
		printf(" %02x", (unsigned char)b[i]);
	printf("\n");
}

static void search(void)
{
	const char *s = "hello, world; hello again";
	const char *as = "aaaaaaaaaaaaaaaaaaaaaaaaaaaab";
	char tok[] = "  alpha,beta;;gamma , delta;";
	char *t;

	printf("strlen %zu %zu\n", strlen(s), strlen(""));
	printf("strcmp %d %d %d %d %d\n", sign(strcmp("abc", "abd")), sign(strcmp("abc", "abc")),
	       sign(strcmp("abcd", "abc")), sign(strcmp("", "a")), sign(strcmp("\x80", "\x7f")));
	printf("strncmp %d %d %d %d\n", sign(strncmp("abcX", "abcY", 3)), sign(strncmp("abcX", "abcY", 4)),
	       sign(strncmp("ab", "abc", 5)), sign(strncmp("x", "y", 0)));
	at("strchr o", s, strchr(s, 'o'));
	at("strchr z", s, strchr(s, 'z'));
	at("strchr nul", s, strchr(s, '\0'));
	at("strrchr o", s, strrchr(s, 'o'));
	at("strrchr h", s, strrchr(s, 'h'));
	at("strrchr nul", s, strrchr(s, '\0'));
	at("strstr hello", s, strstr(s, "hello"));
	at("strstr hello a", s, strstr(s, "hello a"));
	at("strstr empty", s, strstr(s, ""));
	at("strstr missing", s, strstr(s, "worlds"));
	at("strstr long", as, strstr(as, "aaaaaab"));
	printf("strspn %zu %zu %zu\n", strspn(s, "hel"), strspn(s, ""), strspn("", "abc"));
	printf("strcspn %zu %zu %zu\n", strcspn(s, ",;"), strcspn(s, ""), strcspn(s, "xyz"));
	at("strpbrk ,;", s, strpbrk(s, ",;"));
	at("strpbrk xyz", s, strpbrk(s, "xyz"));
	for (t = strtok(tok, " ,;"); t; t = strtok(NULL, " ,;"))
		printf("strtok [%s] at %d\n", t, (int)(t - tok));
	dump("strtok left", tok, sizeof tok);
	printf("strtok of delimiters only: %s\n", strtok((char[]){ ";;" }, ";") ? "token" : "null");
}

static void memory(void)
{
	char b[32], c[16];
	const char *src = "0123456789abcdef", *high = "\x01\xff\x02";

	memcpy(b, src, 17);
	memmove(b + 4, b, 10);
	printf("memmove forward overlap [%s]\n", b);
	memcpy(b, src, 17);
	memmove(b, b + 4, 10);
	printf("memmove backward overlap [%s]\n", b);
	memcpy(b, src, 17);
	memmove(b + 3, b + 3, 5);
	printf("memmove onto itself [%s]\n", b);
	memset(b, 'x', 5);
	printf("memset [%s]\n", b);
	memset(b + 5, 0, 3);
	dump("memset 0", b, 12);
	printf("memcmp %d %d %d %d\n", sign(memcmp("abc", "abd", 3)), sign(memcmp("abc", "abd", 2)),
	       sign(memcmp("\xff", "\x01", 1)), sign(memcmp("a", "b", 0)));
	at("memchr c", src, memchr(src, 'c', 16));
	at("memchr c short", src, memchr(src, 'c', 12));
	at("memchr nul", src, memchr(src, '\0', 17));
	at("memchr 0xff", high, memchr(high, 0xff, 3));

	memset(c, '*', sizeof c);
	strncpy(c, "abc", 8);
	dump("strncpy pads", c, sizeof c);
	memset(c, '*', sizeof c);
	strncpy(c, "abcdefghij", 4);
	dump("strncpy truncates", c, sizeof c);
	strcpy(b, "one");
	strcat(b, "+two");
	strncat(b, "+three", 3);
	printf("strcpy strcat strncat [%s] %zu\n", b, strlen(b));
	strncat(b, "", 5);
	strncat(b, "!", 0);
	printf("strncat nothing [%s]\n", b);
}

static void conv_long(const char *s, int base)
{
	char *end;
	long v;
	int e;
	errno = 0;
	v = strtol(s, &end, base);
	e = errno;
	printf("strtol(\"%s\", %d) = %ld end %d", s, base, v, (int)(end - s));
	if (end != s)
		printf(" %s", e == ERANGE ? "ERANGE" : e == 0 ? "0" : "other");
	printf("\n");
}

static void conv_ulong(const char *s, int base)
{
	char *end;
	unsigned long v;
	int e;
	errno = 0;
	v = strtoul(s, &end, base);
	e = errno;
	printf("strtoul(\"%s\", %d) = %lu end %d", s, base, v, (int)(end - s));
	if (end != s)
		printf(" %s", e == ERANGE ? "ERANGE" : e == 0 ? "0" : "other");
	printf("\n");
}

static void conv_llong(const char *s, int base)
{
	char *end;
	long long v;
	unsigned long long u;
	int e;
	errno = 0;
	v = strtoll(s, &end, base);
	e = errno;
	printf("strtoll(\"%s\", %d) = %lld end %d", s, base, v, (int)(end - s));
	if (end != s)
		printf(" %s", e == ERANGE ? "ERANGE" : e == 0 ? "0" : "other");
	printf("\n");
	errno = 0;
	u = strtoull(s, &end, base);
	e = errno;
	printf("strtoull(\"%s\", %d) = %llu end %d", s, base, u, (int)(end - s));
	if (end != s)
		printf(" %s", e == ERANGE ? "ERANGE" : e == 0 ? "0" : "other");
	printf("\n");
}

static void numbers(void)
{
	static const struct {
		const char *s;
		int base;
	} cases[] = {
		{ "0", 0 }, { "42", 10 }, { "  -42xyz", 10 }, { "+17", 0 }, { "010", 0 }, { "010", 10 },
		{ "0x1F", 0 }, { "0X1f", 16 }, { "1f", 16 }, { "0x", 16 }, { "0x", 0 }, { "0xg", 16 },
		{ "08", 0 }, { "777", 8 }, { "101012", 2 }, { "-1101", 2 }, { "zz", 36 }, { "ZZ", 36 },
		{ "Hello", 36 }, { "123abc", 10 }, { "abc", 10 }, { "", 10 }, { "   ", 0 }, { "-", 10 },
		{ "- 5", 10 }, { "9223372036854775807", 10 }, { "9223372036854775808", 10 },
		{ "-9223372036854775808", 10 }, { "-9223372036854775809", 10 },
		{ "18446744073709551615", 10 }, { "18446744073709551616", 10 }, { "-1", 10 },
		{ "-18446744073709551615", 10 }, { "-18446744073709551616", 10 },
		{ "0x7fffffffffffffff", 0 }, { "0xffffffffffffffff", 16 }, { "0x10000000000000000", 0 },
		{ "99999999999999999999999999999xyz", 10 }, { "1y2", 35 }, { "1z2", 35 },
		{ "\t\n\v\f\r 12", 10 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		conv_long(cases[i].s, cases[i].base);
		conv_ulong(cases[i].s, cases[i].base);
		conv_llong(cases[i].s, cases[i].base);
	}
	printf("atoi %d %d %d %d\n", atoi("123"), atoi("  -45abc"), atoi("+0"), atoi("x"));
	printf("atol %ld %ld\n", atol("2147483648"), atol("-2147483649"));
}

static void classes(void)
{
	printf("ctype: char alpha digit alnum space upper lower punct print cntrl xdigit graph blank toupper tolower\n");
	for (int c = 0; c < 128; c++) {
		printf("%3d %d%d%d%d%d%d%d%d%d%d%d%d %3d %3d\n", c, isalpha(c) != 0, isdigit(c) != 0,
		       isalnum(c) != 0, isspace(c) != 0, isupper(c) != 0, islower(c) != 0,
		       ispunct(c) != 0, isprint(c) != 0, iscntrl(c) != 0, isxdigit(c) != 0,
		       isgraph(c) != 0, isblank(c) != 0, toupper(c), tolower(c));
	}
	printf("EOF: %d%d %d %d\n", isalpha(EOF) != 0, isspace(EOF) != 0, toupper(EOF) == EOF,
	       tolower(EOF) == EOF);
}

int main(void)
{
	search();
	memory();
	numbers();
	classes();
	return 0;
}

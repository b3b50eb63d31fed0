/* Lexical constants: character constants and their values (char is
 * unsigned on aarch64: '\377' is 255 as a char, but the constant itself
 * is an int), octal escapes stop after three digits, hex escapes take
 * every hex digit, string concatenation happens after escapes are
 * decoded, integer constant suffixes (u, l, ll in any case and order),
 * hexadecimal and decimal floating constants (with f and L suffixes, no
 * digits before or after the point), and the values of the largest
 * constants of each type. */
#include <stdio.h>
#include <string.h>

static void dump(const char *what, const char *s, size_t n)
{
	size_t i;
	printf("%s:", what);
	for (i = 0; i < n; i++)
		printf(" %02x", (unsigned char)s[i]);
	printf("\n");
}

int main(void)
{
	char c = '\377';
	printf("chars: %d %d %d %d %d %d %d\n", '\377', c, '\x7f', '\0', '\a', '\v', '\?');
	printf("escapes: %d %d %d %d\n", '\'', '"', '\\', '\f');
	dump("octal stops at 3", "\1234", sizeof "\1234");
	dump("octal short", "\18", sizeof "\18");
	dump("hex", "\x41\x4a" "B", sizeof "\x41\x4a" "B");
	dump("concat after escapes", "\x4" "1", sizeof "\x4" "1");
	dump("embedded nul", "a\0b", sizeof "a\0b");
	printf("strlen embedded: %zu\n", strlen("ab\0cd"));
	printf("suffixes: %zu %zu %zu %zu %zu %zu %zu\n", sizeof 1u, sizeof 1U, sizeof 1l, sizeof 1uL,
	       sizeof 1LU, sizeof 1ll, sizeof 1ULL);
	printf("unsigned: %d %d %d\n", 0u - 1 > 0, -1L < 0, 0xffffffffu + 1 == 0);
	printf("hex floats: %a %a %a %a %g\n", 0x1p0, 0x1.8p1, 0x.1p4, 0xAp-2, 0x1P-1074);
	printf("decimal floats: %g %g %g %g %g\n", .5, 5., 1e0, 1.e1, 2E-1);
	printf("float suffixes: %zu %zu %zu %.9g %.20Lg\n", sizeof 1.0f, sizeof 1.0, sizeof 1.0L,
	       (double)0.1f, 0.1L);
	printf("big: %llu %lld %llx %lo\n", 18446744073709551615ULL, 9223372036854775807LL,
	       0xFFFFFFFFFFFFFFFFULL, 01777777777777777777777UL);
	printf("octal: %d %d %d\n", 010, 0777, 00);
	return 0;
}

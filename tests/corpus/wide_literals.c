/* Wide character data: L"" strings and L'' constants (wchar_t is 32
 * bits), universal character names \u and \U in them, octal and hex
 * escapes wider than a byte, and concatenation of L"" with "". */
#include <stdio.h>
#include <wchar.h>

int main(void)
{
	const wchar_t *w = L"w\u00e9\U0001F600\x1234\101" "z";
	int i;
	printf("L'x' %d, L'\\u00e9' %d, L'\\xffff' %d, sizeof L'a' %zu\n", (int)L'x',
	       (int)L'\u00e9', (int)L'\xffff', sizeof L'a');
	printf("L\"\":");
	for (i = 0; w[i]; i++)
		printf(" %x", (unsigned)w[i]);
	printf("\nsizeof L\"ab\" %zu, count %d\n", sizeof L"ab", i);
	return 0;
}

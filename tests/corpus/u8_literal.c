/* C11 u8"" string literals: UTF-8 encoded chars, concatenation with plain
 * literals, and universal character names inside them. */
#include <stdio.h>
#include <string.h>

int main(void)
{
	const char *s = u8"h\u00e9llo \u20ac";
	const char t[] = u8"a" "b" u8"c";
	size_t i;
	printf("u8: %zu bytes:", strlen(s));
	for (i = 0; s[i]; i++)
		printf(" %02x", (unsigned char)s[i]);
	printf("\nconcatenated: %s %zu\n", t, sizeof t);
	return 0;
}

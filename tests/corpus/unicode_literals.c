/* C11 u"" (16-bit units, a surrogate pair above U+FFFF) and U"" (32-bit
 * units) string literals, and u'' U'' character constants. */
#include <stdio.h>

int main(void)
{
	const unsigned short *u16 = (const unsigned short *)u"a\u00e9\U0001F600";
	const unsigned *u32 = (const unsigned *)U"a\u00e9\U0001F600";
	int i;
	printf("u'': %x %x, sizes %zu %zu\n", (unsigned)u'\u00e9', (unsigned)U'\U0001F600',
	       sizeof u'a', sizeof U'a');
	printf("u\"\":");
	for (i = 0; u16[i]; i++)
		printf(" %x", u16[i]);
	printf("\nU\"\":");
	for (i = 0; u32[i]; i++)
		printf(" %x", u32[i]);
	printf("\nsizes: %zu %zu\n", sizeof u"ab", sizeof U"ab");
	return 0;
}

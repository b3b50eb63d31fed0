/* <ctype.h> in the C locale for every argument from EOF to 255: the
 * classes (isalpha isdigit isxdigit isspace isupper islower isalnum
 * ispunct isprint isgraph iscntrl isblank) as a bit string per value,
 * and toupper/tolower (bytes >= 0x80 are in no class and unchanged). */
#include <stdio.h>
#include <ctype.h>

int main(void)
{
	int c;
	for (c = -1; c < 256; c++) {
		printf("%3d %d%d%d%d%d%d%d%d%d%d%d%d %3d %3d\n", c, !!isalpha(c), !!isdigit(c),
		       !!isxdigit(c), !!isspace(c), !!isupper(c), !!islower(c), !!isalnum(c),
		       !!ispunct(c), !!isprint(c), !!isgraph(c), !!iscntrl(c), !!isblank(c),
		       toupper(c), tolower(c));
	}
	return 0;
}

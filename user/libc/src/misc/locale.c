/* Only the "C" locale. */
#include <locale.h>
#include <string.h>

char *setlocale(int category, const char *locale)
{
	(void)category;
	if (!locale || !*locale || !strcmp(locale, "C") || !strcmp(locale, "POSIX"))
		return "C";
	return NULL;
}

struct lconv *localeconv(void)
{
	static struct lconv c = { ".", "", "" };
	return &c;
}

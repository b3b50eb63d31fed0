/* cmdline: how the timeout, PROG and ARGS reach the kernel, as its command
 * line: "timeout=SECONDS", then the argv. The words are joined by single
 * spaces; in each word every byte outside 0x21..0x7e, and '%', is written %XX
 * (two uppercase hex digits), and an empty word is written "%". So any argv
 * survives, and the kernel splits on spaces. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seed.h"

char *cmdline_encode(int timeout, char *const *argv)
{
	size_t len = 32;
	char *s, *w;
	const unsigned char *c;
	int i;

	for (i = 0; argv[i]; i++)
		len += 3 * strlen(argv[i]) + 2;
	if (!(s = w = malloc(len)))
		return NULL;
	w += sprintf(w, "timeout=%d", timeout);
	for (i = 0; argv[i]; i++) {
		*w++ = ' ';
		if (argv[i][0] == 0)
			*w++ = '%';
		for (c = (const unsigned char *)argv[i]; *c; c++)
			if (*c < 0x21 || *c > 0x7e || *c == '%')
				w += sprintf(w, "%%%02X", *c);
			else
				*w++ = *c;
	}
	*w = 0;
	return s;
}


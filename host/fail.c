/* fail: print "seed: <what>: <why>" on stderr and return -1, so callers can write
 * `return fail("%s: %s", path, strerror(errno));` */
#include <stdarg.h>
#include <stdio.h>

#include "seed.h"

int fail(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fputs("seed: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	return -1;
}

/* The printf family's engine: format.c parses the format and does the
 * integer and string conversions, format_float.c the floating ones;
 * both write through a sink, a FILE or a string. */
#ifndef _FORMAT_H
#define _FORMAT_H
#include <stdarg.h>
#include <stdio.h>
#include "fp.h"

struct sink {
	FILE *f;        /* output stream, or NULL for a string */
	char *s;        /* the string: at most cap - 1 bytes, then a 0 */
	size_t cap;
	size_t len;     /* bytes produced, stored or not */
	int err;
	int nstage;
	char stage[256]; /* output for f, written in large pieces */
};

#define FL_MINUS 1
#define FL_PLUS 2
#define FL_SPACE 4
#define FL_HASH 8
#define FL_ZERO 16

void __sink_put(struct sink *k, const char *s, size_t n);
void __sink_pad(struct sink *k, char c, long n);
int __format(struct sink *k, const char *fmt, va_list *ap);
/* A floating value: its format and raw bits (sign included). */
struct fp_value {
	struct fp_format f;
	struct u128 bits;
};

void __format_float(struct sink *k, const struct fp_value *v, int flags, int width, int prec,
		    int conv);

#endif

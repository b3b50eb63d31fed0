/* Growable byte buffers, used to build strings of unknown length. */
#include <stdlib.h>
#include <string.h>
#include "scheme1.h"

void buf_add(struct buf *b, const void *p, size_t n)
{
	if (b->len + n > b->cap) {
		size_t cap = b->cap ? 2 * b->cap : 64;
		while (cap < b->len + n)
			cap *= 2;
		b->p = xrealloc(b->p, cap);
		b->cap = cap;
	}
	memcpy(b->p + b->len, p, n);
	b->len += n;
}

void buf_byte(struct buf *b, int c)
{
	unsigned char ch = (unsigned char)c;
	buf_add(b, &ch, 1);
}

void buf_str(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

/* buf_to_string: the contents as a new string; the buffer is freed */
obj buf_to_string(struct buf *b)
{
	obj s = make_string_n((const char *)b->p, b->len);
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
	return s;
}

/* The allocator's public names. They live apart from malloc.c so that a
 * program defining its own malloc, free, calloc and realloc over
 * __libc_malloc and the rest (tcc's bounds checker, bcheck.o, linked
 * before libc.a) never pulls this object in: one definition of each name,
 * and the allocator still linked for the wrappers. */
#include <stdlib.h>
#include "libc.h"

void *malloc(size_t n)
{
	return __libc_malloc(n);
}

void free(void *p)
{
	__libc_free(p);
}

void *calloc(size_t n, size_t size)
{
	return __libc_calloc(n, size);
}

void *realloc(void *p, size_t n)
{
	return __libc_realloc(p, n);
}

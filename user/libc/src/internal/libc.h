/* What the library's parts share beyond the public headers. */
#ifndef _INTERNAL_LIBC_H
#define _INTERNAL_LIBC_H

#include <stddef.h>

extern char *__progname;

/* Run the atexit handlers, last registered first (start/atexit.c; run by
 * exit). */
void __libc_run_atexit(void);

/* Write every open stream's pending output (run by exit). */
void __stdio_flush_all(void);

/* The allocator under its second names (malloc/malloc.c); malloc/names.c
 * gives it the public ones. */
void *__libc_malloc(size_t n);
void __libc_free(void *p);
void *__libc_calloc(size_t n, size_t size);
void *__libc_realloc(void *p, size_t n);

#endif

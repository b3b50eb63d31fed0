/* What the library's parts share beyond the public headers. */
#ifndef _INTERNAL_LIBC_H
#define _INTERNAL_LIBC_H

extern char *__progname;

/* Write every open stream's pending output (run by exit). */
void __stdio_flush_all(void);

#endif

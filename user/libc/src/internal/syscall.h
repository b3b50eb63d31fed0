/* The one way into the kernel: __syscall (arch/<arch>/syscall.c) and the
 * contract's numbers (arch/<arch>/syscall_nr.h). */
#ifndef _INTERNAL_SYSCALL_H
#define _INTERNAL_SYSCALL_H
#include "syscall_nr.h"

long __syscall(long n, long a, long b, long c, long d, long e, long f);

#define __sys0(n) __syscall(n, 0, 0, 0, 0, 0, 0)
#define __sys1(n, a) __syscall(n, (long)(a), 0, 0, 0, 0, 0)
#define __sys2(n, a, b) __syscall(n, (long)(a), (long)(b), 0, 0, 0, 0)
#define __sys3(n, a, b, c) __syscall(n, (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define __sys4(n, a, b, c, d) __syscall(n, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)
#define __sys5(n, a, b, c, d, e) \
	__syscall(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), 0)

/* A raw result as the C functions return it: -1 with errno set on error. */
long __sysret(long r);

#endif

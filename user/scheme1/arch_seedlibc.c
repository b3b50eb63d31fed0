/* The one system call entry, through our libc's __syscall (user/libc):
 * plain C, so the cross gcc and tcc build it alike. */
#include "scheme1.h"

long __syscall(long n, long a, long b, long c, long d, long e, long f);

long syscall6(long n, long a, long b, long c, long d, long e, long f)
{
	return __syscall(n, a, b, c, d, e, f);
}

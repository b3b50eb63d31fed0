/* The program break. The kernel's brk returns the new break, or the old
 * one when it refuses. */
#include <errno.h>
#include <unistd.h>
#include "syscall.h"

static char *cur;

int brk(void *addr)
{
	cur = (char *)__sys1(SYS_brk, addr);
	if (cur != addr) {
		errno = ENOMEM;
		return -1;
	}
	return 0;
}

void *sbrk(long inc)
{
	char *old;

	if (!cur)
		cur = (char *)__sys1(SYS_brk, 0);
	old = cur;
	if (inc && brk(old + inc) < 0)
		return (void *)-1;
	return old;
}

/* args: writes its arguments to args.out, each followed by a NUL byte, and
 * exits with their number. Built static with no libc, so it runs on the
 * seed kernel and under qemu-user. */
#include "sys.h"

void start_c(long *sp)
{
	long argc = sp[0], fd, i, n;
	char **argv = (char **)(sp + 1);

	/* openat(AT_FDCWD, "args.out", O_WRONLY|O_CREAT|O_TRUNC, 0644) */
	fd = sys(56, -100, (long)"args.out", 01 | 0100 | 01000, 0644);
	for (i = 0; i < argc; i++) {
		for (n = 0; argv[i][n]; n++)
			;
		sys(64, fd, (long)argv[i], n + 1, 0);
	}
	sys(57, fd, 0, 0, 0);
	sys(93, argc & 0xff, 0, 0, 0);
}

__asm__(".global _start\n_start:\n\tmov x0, sp\n\tb start_c\n");

/* write3: writes result.txt (mode 0640), says hello on stdout, exits 3.
 * Built static with no libc, so it runs on the seed kernel and under qemu-user. */
#include "sys.h"

void _start(void)
{
	static const char text[] = "written by write3\n";
	static const char hello[] = "hello from write3\n";
	long fd;

	/* openat(AT_FDCWD, ..., O_WRONLY|O_CREAT|O_TRUNC, 0640) */
	fd = sys(56, -100, (long)"result.txt", 01 | 0100 | 01000, 0640);
	sys(64, fd, (long)text, sizeof text - 1, 0);
	sys(57, fd, 0, 0, 0);
	sys(64, 1, (long)hello, sizeof hello - 1, 0);
	sys(93, 3, 0, 0, 0);
}

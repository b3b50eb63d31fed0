/* streams: for tests/linuxvm/run. Writes to stdout and stderr in turn,
 * bytes a terminal would change included, then 256 KiB more to stdout, and
 * exits 7. With an argument (linux-vm only: on the seed kernel, whose
 * first program is pid 1, a child runs to its end first) it first leaves a
 * child that never ends, which the end of the run must stop, and exits 1
 * if it is pid 1: under Linux the program must not be.
 * Built static with no libc. */
#include "../host/sys.h"

static char big[256 * 1024];

void start_c(long *sp)
{
	static const char err[] = "err\r\n\0\377\n";
	unsigned long i;

	if (sp[0] > 1 && sys(220, 17, 0, 0, 0) == 0)  /* clone(SIGCHLD): fork */
		for (;;)
			;
	sys(64, 1, (long)"out 1\n", 6, 0);
	sys(64, 2, (long)err, sizeof err - 1, 0);
	sys(64, 1, (long)"out 2\n", 6, 0);
	for (i = 0; i < sizeof big; i++)
		big[i] = 'a' + i % 26;
	sys(64, 1, (long)big, sizeof big, 0);
	sys(93, sp[0] > 1 && sys(172, 0, 0, 0, 0) == 1 ? 1 : 7, 0, 0, 0);  /* getpid */
}

__asm__(".global _start\n_start:\n\tmov x0, sp\n\tb start_c\n");

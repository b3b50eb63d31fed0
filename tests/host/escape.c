/* escape: tries to reach the host from inside a run; tests/host/run checks
 * that nothing did. usage: escape open|semihost TARGET...
 * A TARGET is a path to create and write ("escaped\n"), "r:PATH" to read, or
 * (semihost only) "x:COMMAND" to run through the host's shell.
 *   open      with the system calls, as any program may;
 *   semihost  with Arm semihosting (SYS_OPEN, SYS_READ, SYS_WRITE, SYS_SYSTEM:
 *             hlt #0xf000 from EL0), which qemu-user serves to its guest
 *             and the seed kernel refuses (an undefined instruction).
 * Prints "TARGET: reached" or "TARGET: refused" for each and exits with the
 * number reached. Built static with no libc, like the other host tests. */
#include "sys.h"
#include "semihost.h"

#define SH_OPEN 0x01
#define SH_CLOSE 0x02
#define SH_WRITE 0x05
#define SH_READ 0x06
#define SH_SYSTEM 0x12
#define SH_MODE_R 0  /* fopen's "r" */
#define SH_MODE_W 4  /* fopen's "w" */

static const char text[] = "escaped\n";


static int starts(const char *s, char c)
{
	return s[0] == c && s[1] == ':';
}

/* 1 if target reached the host through the system calls. */
static int by_open(const char *t)
{
	char buf[64];
	long fd, n;

	if (starts(t, 'r')) {
		/* openat(AT_FDCWD, PATH, O_RDONLY) */
		if ((fd = sys(56, -100, (long)(t + 2), 0, 0)) < 0)
			return 0;
		n = sys(63, fd, (long)buf, sizeof buf, 0);
		sys(57, fd, 0, 0, 0);
		return n > 0;
	}
	/* openat(AT_FDCWD, PATH, O_WRONLY|O_CREAT|O_TRUNC, 0644) */
	if ((fd = sys(56, -100, (long)t, 01 | 0100 | 01000, 0644)) < 0)
		return 0;
	n = sys(64, fd, (long)text, sizeof text - 1, 0);
	sys(57, fd, 0, 0, 0);
	return n > 0;
}

/* 1 if target reached the host through semihosting. */
static int by_semihost(const char *t)
{
	char buf[64];
	long b[3], h, want, left;

	if (starts(t, 'x')) {
		b[0] = (long)(t + 2);
		b[1] = len(t + 2);
		return semihost(SH_SYSTEM, b) == 0;
	}
	b[0] = (long)(starts(t, 'r') ? t + 2 : t);
	b[1] = starts(t, 'r') ? SH_MODE_R : SH_MODE_W;
	b[2] = len((const char *)b[0]);
	if ((h = semihost(SH_OPEN, b)) < 0)
		return 0;
	b[0] = h;
	b[1] = starts(t, 'r') ? (long)buf : (long)text;
	b[2] = want = starts(t, 'r') ? (long)sizeof buf : (long)sizeof text - 1;
	/* SYS_READ and SYS_WRITE return the count not transferred. */
	left = semihost(starts(t, 'r') ? SH_READ : SH_WRITE, b);
	b[0] = h;
	semihost(SH_CLOSE, b);
	return left >= 0 && left < want;
}

void start_c(long *sp)
{
	long argc = sp[0], i, reached = 0;
	char **argv = (char **)(sp + 1);
	int semi, r;

	if (argc < 2)
		sys(93, 100, 0, 0, 0);
	semi = argv[1][0] == 's';
	for (i = 2; i < argc; i++) {
		r = semi ? by_semihost(argv[i]) : by_open(argv[i]);
		reached += r;
		sys(64, 1, (long)argv[i], len(argv[i]), 0);
		sys(64, 1, (long)(r ? ": reached\n" : ": refused\n"), 10, 0);
	}
	sys(93, reached, 0, 0, 0);
}

__asm__(".global _start\n_start:\n\tmov x0, sp\n\tb start_c\n");

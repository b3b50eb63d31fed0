// prlimit64: 1024 fds and no core files, soft and hard (what the linux
// driver's runner sets); setting a limit to what it is works; soft above
// hard and unknown resources are EINVAL; another pid is ESRCH.
#include "sys.h"
#include "out.h"

#define RLIMIT_CORE 4
#define RLIMIT_NOFILE 7

int main(void)
{
	unsigned long lim[2], set[2];
	expect(syscall(SYS_prlimit64, 0L, (long)RLIMIT_NOFILE, 0L, lim), 0, "get RLIMIT_NOFILE");
	expect((long)lim[0], 1024, "soft");
	expect((long)lim[1], 1024, "hard");
	expect(syscall(SYS_prlimit64, 0L, (long)RLIMIT_CORE, 0L, lim), 0, "get RLIMIT_CORE");
	expect((long)lim[0], 0, "soft");
	expect((long)lim[1], 0, "hard");
	set[0] = set[1] = 1024;
	expect(syscall(SYS_prlimit64, sys_getpid(), (long)RLIMIT_NOFILE, set, lim), 0,
	       "set RLIMIT_NOFILE to what it is, by pid");
	set[0] = 2048;
	expect(syscall(SYS_prlimit64, 0L, (long)RLIMIT_NOFILE, set, lim), -EINVAL, "soft above hard");
	expect(syscall(SYS_prlimit64, 0L, 16L, 0L, lim), -EINVAL, "resource 16");
	expect(syscall(SYS_prlimit64, 0L, (long)RLIMIT_NOFILE, 0L, (void *)16), -EFAULT, "a bad pointer");
	expect(syscall(SYS_prlimit64, 0x7ffffff0L, (long)RLIMIT_NOFILE, 0L, lim), -ESRCH, "no such pid");
	return done(0);
}

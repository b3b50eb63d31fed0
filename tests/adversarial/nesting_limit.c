// Forking deeper than the kernel's nesting limit is a clean EAGAIN in
// the process that tries, not a panic; every level then exits in turn.
// (Linux has no such limit: seed only.)
// drivers: seed
#include "out.h"
#include "sys.h"

static long descend(long depth)
{
	long pid = sys_fork();
	if (pid < 0)
		return depth * 1000 - pid; /* depth reached, and the errno */
	if (pid == 0)
		sys_exit((int)(descend(depth + 1) % 256));
	int status;
	sys_wait4(pid, &status, 0, 0);
	return (status >> 8) & 0xff;
}

int main(void)
{
	long pid = sys_fork();
	if (pid == 0) {
		long r = descend(1);
		/* the deepest level reports depth*1000+errno; pass it up as is */
		sys_exit((int)(r % 256));
	}
	int status;
	sys_wait4(pid, &status, 0, 0);
	/* 63 levels below the first program, then EAGAIN (11): 63011 % 256 */
	expect((status >> 8) & 0xff, 63011 % 256, "the deepest fork fails with EAGAIN");
	expect(sys_fork() == 0 ? (sys_exit(0), 0) : 0, 0, "fork works again after");
	return done(0);
}

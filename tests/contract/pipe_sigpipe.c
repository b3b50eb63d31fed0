// A write to a pipe whose read end no one holds any more: SIGPIPE, which
// ends the writer by default; with SIGPIPE ignored or blocked the write
// says EPIPE instead (a blocked one then acts when it is unblocked). The
// bytes already in the pipe are dropped with the last reader.
#include "sys.h"
#include "out.h"
#include "child.h"

#define SIG_BLOCK 0
#define SIG_UNBLOCK 1

static int fd[2];

static long ignore_sigpipe(void)
{
	unsigned long act[4] = { 1 /* SIG_IGN */, 0, 0, 0 };
	return syscall(SYS_rt_sigaction, (long)SIGPIPE, act, 0L, 8L);
}

static int writes(void)
{
	sys_write(fd[1], "x", 1);
	put("FAIL the writer lived on\n");
	return 1;
}

static int writes_ignored(void)
{
	ignore_sigpipe();
	expect(sys_write(fd[1], "x", 1), -EPIPE, "write with SIGPIPE ignored");
	expect(sys_write(fd[1], "", 0), 0, "a write of 0 bytes is 0 even so");
	return 3;
}

static int writes_blocked(void)
{
	unsigned long set = 1UL << (SIGPIPE - 1);
	syscall(SYS_rt_sigprocmask, (long)SIG_BLOCK, &set, 0L, 8L);
	expect(sys_write(fd[1], "x", 1), -EPIPE, "write with SIGPIPE blocked");
	put("unblocking\n");
	syscall(SYS_rt_sigprocmask, (long)SIG_UNBLOCK, &set, 0L, 8L);
	put("FAIL the writer lived on\n");
	return 1;
}

int main(void)
{
	struct siginfo si;

	sys_pipe(fd);
	expect(sys_write(fd[1], "lost", 4), 4, "write while the read end is open");
	expect(sys_close(fd[0]), 0, "close the only read end");
	child_run(writes, &si);
	child_show("writer", &si);
	expect(si.code, CLD_KILLED, "killed");
	expect(si.status, SIGPIPE, "by SIGPIPE");
	child_run(writes_ignored, &si);
	child_show("writer ignoring SIGPIPE", &si);
	child_run(writes_blocked, &si);
	child_show("writer blocking SIGPIPE", &si);
	expect(si.status, SIGPIPE, "killed when it unblocks");
	ignore_sigpipe();
	expect(sys_write(fd[1], "y", 1), -EPIPE, "the parent too, ignoring it");
	return done(0);
}

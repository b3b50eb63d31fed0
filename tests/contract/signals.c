// rt_sigaction and rt_sigprocmask keep what they are given and report it
// back; with SIGCHLD ignored no child waits to be reaped (SA_NOCLDWAIT
// does the same on Linux and the seed kernel; qemu-user drops the flag); kill, tkill and tgkill act with the default action: a signal ends
// the process it is sent to unless ignored (SIG_IGN, or by default as
// SIGCHLD and SIGWINCH); a blocked one waits until it is unblocked.
// Handlers are set only to SIG_IGN here: the seed kernel never runs one.
// Other pids are probed with signal 0 only: under the linux driver they
// are the host's.
#include "sys.h"
#include "out.h"
#include "child.h"

#define SIGUSR1 10
#define SIGUSR2 12
#define SIGTERM 15
#define SIGWINCH 28
#define SIGKILL 9
#define SIGSTOP 19
#define SIG_BLOCK 0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2
#define BIT(s) (1UL << ((s) - 1))

struct sigaction_k {
	unsigned long handler, flags, restorer, mask;
};

static long sigaction(int sig, const struct sigaction_k *act, struct sigaction_k *old)
{
	return syscall(SYS_rt_sigaction, (long)sig, act, old, 8L);
}

static long sigprocmask(int how, const unsigned long *set, unsigned long *old)
{
	return syscall(SYS_rt_sigprocmask, (long)how, set, old, 8L);
}

static long kill(long pid, long sig) { return syscall(SYS_kill, pid, sig); }

static int self_term(void) { kill(sys_getpid(), SIGTERM); return 0; }
static int self_tkill(void) { syscall(SYS_tkill, sys_getpid(), (long)SIGUSR2); return 0; }
static int self_tgkill(void) { syscall(SYS_tgkill, sys_getpid(), sys_getpid(), 6L); return 0; }
static int group_kill(void)
{
	struct sigaction_k dfl = { 0, 0, 0, 0 };
	sigaction(SIGUSR1, &dfl, 0); /* the parent ignores it, so that it lives */
	kill(0, SIGUSR1);
	return 0;
}

/* SIGTERM blocked, sent, then unblocked: it acts at the unblocking. */
static int blocked_term(void)
{
	unsigned long set = BIT(SIGTERM);
	sigprocmask(SIG_BLOCK, &set, 0);
	kill(sys_getpid(), SIGTERM);
	put("blocked SIGTERM is pending\n");
	sigprocmask(SIG_UNBLOCK, &set, 0);
	put("FAIL still running after the unblock\n");
	return 3;
}

/* Ignored signals, and those ignored by default, do nothing. */
static int ignored(void)
{
	struct sigaction_k ign = { 1, 0, 0, 0 };
	sigaction(SIGUSR1, &ign, 0);
	kill(sys_getpid(), SIGUSR1);
	kill(sys_getpid(), 17 /* SIGCHLD */);
	kill(sys_getpid(), SIGWINCH);
	return 7;
}

/* A child kills its waiting parent: the parent ends when it resumes (on
 * Linux at once; the child says nothing after, so the output is alike). */
static int parent_killed(void)
{
	long pid = sys_fork();
	if (pid == 0) {
		kill(sys_getppid(), SIGTERM);
		sys_exit(0);
	}
	sys_wait4((int)pid, 0, 0, 0);
	return 5;
}

int main(void)
{
	struct sigaction_k act = { 1 /* SIG_IGN */, 0x10000000, 0, BIT(SIGUSR2) | BIT(SIGKILL) }, old;
	unsigned long set, was;

	expect(sigaction(SIGUSR1, &act, &old), 0, "rt_sigaction SIGUSR1 SIG_IGN");
	expect((long)old.handler, 0, "it was SIG_DFL");
	expect(sigaction(SIGUSR1, 0, &old), 0, "read it back");
	expect((long)old.handler, 1, "handler");
	expect((long)old.flags, 0x10000000, "flags");
	check(old.mask & BIT(SIGUSR2), "mask"); /* qemu-user keeps SIGKILL in it, Linux not */
	expect(sigaction(SIGKILL, &act, 0), -EINVAL, "SIGKILL cannot change");
	expect(sigaction(SIGSTOP, &act, 0), -EINVAL, "nor SIGSTOP");
	expect(sigaction(SIGKILL, 0, &old), 0, "but can be read");
	expect(sigaction(0, 0, &old), -EINVAL, "signal 0");
	expect(sigaction(65, 0, &old), -EINVAL, "signal 65");
	expect(syscall(SYS_rt_sigaction, (long)SIGUSR1, 0L, &old, 4L), -EINVAL, "sigsetsize 4");
	expect(sigaction(SIGUSR1, (void *)16, 0), -EFAULT, "a bad action");
	expect(sigaction(SIGUSR1, 0, (void *)16), -EFAULT, "a bad old action");

	set = BIT(SIGUSR2) | BIT(SIGKILL) | BIT(SIGSTOP);
	expect(sigprocmask(SIG_BLOCK, &set, &was), 0, "block SIGUSR2 SIGKILL SIGSTOP");
	expect((long)was, 0, "nothing was blocked");
	expect(sigprocmask(SIG_BLOCK, 0, &was), 0, "read the mask");
	expect((long)was, (long)BIT(SIGUSR2), "SIGKILL and SIGSTOP cannot be blocked");
	set = BIT(SIGTERM);
	sigprocmask(SIG_SETMASK, &set, 0);
	sigprocmask(SIG_UNBLOCK, &set, &was);
	expect((long)was, (long)BIT(SIGTERM), "SIG_SETMASK");
	sigprocmask(SIG_BLOCK, 0, &was);
	expect((long)was, 0, "SIG_UNBLOCK");
	expect(sigprocmask(7, &set, 0), -EINVAL, "how 7");
	expect(sigprocmask(7, 0, &was), 0, "how is not looked at without a set");
	expect(syscall(SYS_rt_sigprocmask, 0L, &set, 0L, 16L), -EINVAL, "sigsetsize 16");
	expect(sigprocmask(SIG_BLOCK, (void *)16, 0), -EFAULT, "a bad set");

	expect(kill(sys_getpid(), 0), 0, "kill(self, 0)");
	expect(kill(sys_getpid(), 65), -EINVAL, "signal 65");
	expect(kill(0x7ffffff0, 0), -ESRCH, "no such pid");
	expect(kill(-0x7ffffff0, 0), -ESRCH, "no such group");
	expect(kill(0, 0), 0, "kill(0, 0)");
	expect(syscall(SYS_tgkill, 0L, sys_getpid(), 0L), -EINVAL, "tgkill tgid 0");
	expect(syscall(SYS_tgkill, sys_getpid(), 0L, 0L), -EINVAL, "tgkill tid 0");
	expect(syscall(SYS_tkill, -1L, 0L), -EINVAL, "tkill -1");
	expect(syscall(SYS_tkill, sys_getpid(), 0L), 0, "tkill(self, 0)");
	check(syscall(SYS_gettid) == sys_getpid(), "gettid is the pid");

	child_expect("kill(self, SIGTERM)", self_term, CLD_KILLED, SIGTERM);
	child_expect("tkill(self, SIGUSR2)", self_tkill, CLD_KILLED, SIGUSR2);
	child_expect("tgkill(self, self, SIGABRT)", self_tgkill, CLD_KILLED, 6);
	child_expect("blocked, then unblocked", blocked_term, CLD_KILLED, SIGTERM);
	child_expect("ignored signals", ignored, CLD_EXITED, 7);
	child_expect("a child kills its parent", parent_killed, CLD_KILLED, SIGTERM);
	sigaction(SIGUSR1, &act, 0); /* the group kill must spare this program */
	child_expect("kill(0, SIGUSR1) from a child", group_kill, CLD_KILLED, SIGUSR1);

	long pid = sys_fork();
	if (pid == 0)
		sys_exit(4);
	struct siginfo si;
	sys_waitid(P_PID, (int)pid, &si, WEXITED | 0x01000000 /* WNOWAIT */);
	expect(kill(pid, SIGKILL), 0, "kill an ended child");
	int status = -1;
	sys_wait4((int)pid, &status, 0, 0);
	expect(status, 4 << 8, "it still exited 4");
	expect(kill(pid, 0), -ESRCH, "once reaped it is gone");

	struct sigaction_k ign = { 1, 0, 0, 0 }, dfl = { 0, 0, 0, 0 };
	sigaction(17 /* SIGCHLD */, &ign, 0);
	pid = sys_fork();
	if (pid == 0)
		sys_exit(4);
	expect(sys_wait4((int)pid, &status, 0, 0), -ECHILD, "SIGCHLD ignored: the child is reaped as it ends");
	sigaction(17, &dfl, 0);
	pid = sys_fork();
	if (pid == 0)
		sys_exit(4);
	check(sys_wait4(-1, &status, 0, 0) == pid, "SIG_DFL again: waited for");
	return done(0);
}

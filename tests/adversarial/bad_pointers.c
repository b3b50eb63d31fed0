// The pointer-taking calls not covered by tests/contract/efault.c, each
// given NULL, an unmapped, a kernel and a misaligned-but-good pointer:
// EFAULT for the bad ones, never a fault; a waited-for child is reaped
// even when its report cannot be stored, as on Linux.
#include "out.h"
#include "sys.h"

static const unsigned long bad[] = { 0, 0x10, 0xffffff8040200000UL, 0x7000000000UL };

static long child(int code)
{
	long pid = sys_fork();
	if (pid == 0)
		sys_exit(code);
	return pid;
}

int main(void)
{
	char buf[300];
	for (unsigned i = 1; i < sizeof bad / sizeof bad[0]; i++) {
		expect(sys_getcwd((char *)bad[i], 100), -EFAULT, "getcwd");
		expect(sys_uname((struct utsname *)bad[i]), -EFAULT, "uname");
		long pid = child(5);
		expect(sys_wait4(pid, (int *)bad[i], 0, 0), -EFAULT, "wait4 status");
		expect(sys_wait4(pid, 0, 0, 0), -ECHILD, "and the child was reaped");
		pid = child(6);
		expect(sys_waitid(P_PID, pid, (struct siginfo *)bad[i], WEXITED), -EFAULT, "waitid info");
		expect(sys_waitid(P_PID, pid, 0, WEXITED), -ECHILD, "and the child was reaped");
		pid = child(7);
		expect(sys_wait4(pid, 0, 0, (void *)bad[i]), -EFAULT, "wait4 rusage");
		char *argv[] = { "x", (char *)bad[i], 0 };
		expect(sys_execve("bad_pointers", argv, 0), -EFAULT, "execve argv[1]");
		char *envp[] = { (char *)bad[i], 0 };
		expect(sys_execve("bad_pointers", 0, envp), -EFAULT, "execve envp[0]");
	}
	/* Misaligned but good pointers work. */
	expect(sys_getcwd(buf + 1, sizeof buf - 1) > 0, 1, "getcwd at an odd address");
	expect(sys_uname((struct utsname *)(buf + 3)), 0, "uname at an odd address");
	long pid = child(9);
	int *st = (int *)(buf + 5);
	expect(sys_wait4(pid, st, 0, 0) == pid, 1, "wait4 at an odd address");
	expect(((unsigned char *)st)[1], 9, "status stored");
	return done(0);
}

// wait4 and waitid by process group: a child is in its parent's group, and
// the first program's group is its own pid. So the first program's
// children are found by its group; a child's own pid names no group, and
// a group with no children of the caller gives ECHILD.
#include "sys.h"
#include "out.h"

#define P_PGID 2
#define WNOHANG 1

static long spawn(int code)
{
	long pid = sys_fork();
	if (pid == 0)
		sys_exit(code);
	return pid;
}

int main(void)
{
	struct siginfo si;
	int status = -1;
	long pgid = sys_getpid();
	long a = spawn(3);
	check(sys_wait4(-(int)pgid, &status, 0, 0) == a, "wait4(-my pid) reaps a child");
	expect(status, 3 << 8, "its status");
	long b = spawn(4);
	memset(&si, 0, sizeof si);
	expect(sys_waitid(P_PGID, (int)pgid, &si, WEXITED), 0, "waitid(P_PGID, my pid)");
	check(si.pid == b && si.status == 4, "the child");
	long c = spawn(5);
	expect(sys_waitid(P_PGID, 0, &si, WEXITED), 0, "waitid(P_PGID, 0): my group");
	check(si.pid == c && si.status == 5, "the child");
	long d = spawn(6);
	check(sys_wait4(0, &status, 0, 0) == d, "wait4(0): my group");

	spawn(7);
	expect(sys_wait4(-0x7ffffff0, &status, 0, 0), -ECHILD, "wait4 of another group");
	expect(sys_wait4(-0x7ffffff0, &status, WNOHANG, 0), -ECHILD, "the same with WNOHANG");
	expect(sys_waitid(P_PGID, 0x7ffffff0, &si, WEXITED), -ECHILD, "waitid of another group");
	expect(sys_waitid(P_PGID, -2, &si, WEXITED), -EINVAL, "waitid(P_PGID, -2)");
	expect(sys_wait4(-2147483647 - 1, &status, 0, 0), -ESRCH, "wait4(INT_MIN)");
	expect(sys_wait4(-1, &status, 0, 0) > 0, 1, "the child is still there for wait4(-1)");

	long pid = sys_fork();
	if (pid == 0) { /* in a child: its pid is no group, its parent's is */
		long g = spawn(8);
		expect(sys_wait4(-(int)sys_getpid(), &status, 0, 0), -ECHILD, "a child's own pid is no group");
		expect(sys_waitid(P_PGID, (int)sys_getpid(), &si, WEXITED), -ECHILD, "nor for waitid");
		check(sys_wait4(-(int)sys_getppid(), &status, 0, 0) == g, "its parent's group has its child");
		spawn(9);
		expect(sys_waitid(P_PGID, 0, &si, WEXITED), 0, "and so does its own group");
		expect(si.status, 9, "the grandchild's status");
		sys_exit(done(0));
	}
	sys_wait4((int)pid, &status, 0, 0);
	expect(status, 0, "the child's checks");
	return done(0);
}

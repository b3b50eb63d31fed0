#include "sys.h"
#include "out.h"
#include "child.h"

long child_run(int (*fn)(void), struct siginfo *si)
{
	long pid = sys_fork();
	long r;

	if (pid == 0)
		sys_exit_group(fn());
	if (pid < 0)
		return pid;
	memset(si, 0, sizeof *si);
	r = sys_waitid(P_PID, (int)pid, si, WEXITED);
	if (r < 0)
		return r;
	return pid;
}

void child_show(const char *what, const struct siginfo *si)
{
	put(what);
	if (si->code == CLD_EXITED) {
		put(": exited ");
		put_num(si->status);
	} else if (si->code == CLD_KILLED) {
		put(": killed by signal ");
		put_num(si->status);
	} else {
		put(": code ");
		put_num(si->code);
		put(" status ");
		put_num(si->status);
	}
	put("\n");
}

void child_expect(const char *what, int (*fn)(void), int code, int status)
{
	struct siginfo si;
	long pid = child_run(fn, &si);

	child_show(what, &si);
	check(pid > 0 && si.pid == pid, "si_pid is the pid fork returned");
	expect(si.code, code, "si_code");
	expect(si.status, status, "si_status");
}

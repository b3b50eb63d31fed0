// waitid(P_PID) and waitid(P_ALL) with WEXITED: returns 0 and fills
// si_signo = SIGCHLD, si_code = CLD_EXITED, si_status = the exit status,
// si_pid = the pid fork returned. Each child is reaped once; then ECHILD.
#include "sys.h"
#include "out.h"

static long spawn(int status)
{
	long pid = sys_fork();
	if (pid == 0)
		sys_exit(status);
	return pid;
}

int main(void)
{
	struct siginfo si;
	long pid, pids[3], seen, i, j, sum;

	pid = spawn(7);
	memset(&si, 0, sizeof si);
	expect(sys_waitid(P_PID, (int)pid, &si, WEXITED), 0, "waitid(P_PID)");
	expect(si.signo, SIGCHLD, "si_signo");
	expect(si.code, CLD_EXITED, "si_code");
	expect(si.status, 7, "si_status");
	check(si.pid == pid, "si_pid is the pid fork returned");
	expect(sys_waitid(P_PID, (int)pid, &si, WEXITED), -ECHILD, "waitid(P_PID) again");

	pid = spawn(9);
	memset(&si, 0, sizeof si);
	expect(sys_waitid(P_ALL, 0, &si, WEXITED), 0, "waitid(P_ALL)");
	expect(si.code, CLD_EXITED, "si_code");
	expect(si.status, 9, "si_status");
	check(si.pid == pid, "si_pid is the pid fork returned");

	for (i = 0; i < 3; i++)
		pids[i] = spawn((int)i + 1);
	check(pids[0] != pids[1] && pids[1] != pids[2] && pids[0] != pids[2],
	      "three children, three pids");
	for (i = 0, sum = 0, seen = 0; i < 3; i++) {
		memset(&si, 0, sizeof si);
		expect(sys_waitid(P_ALL, 0, &si, WEXITED), 0, "waitid(P_ALL)");
		expect(si.code, CLD_EXITED, "si_code");
		sum += si.status;
		for (j = 0; j < 3; j++)
			if (si.pid == pids[j])
				seen |= 1 << j;
	}
	expect(sum, 6, "sum of the three statuses");
	expect(seen, 7, "each pid reaped (bit mask)");
	expect(sys_waitid(P_ALL, 0, &si, WEXITED), -ECHILD, "waitid(P_ALL) with none left");

	pid = spawn(3);
	expect(sys_waitid(P_PID, (int)pid + 1000, &si, WEXITED), -ECHILD,
	       "waitid(P_PID) for a pid that is not a child");
	expect(sys_waitid(P_PID, (int)sys_getpid(), &si, WEXITED), -ECHILD,
	       "waitid(P_PID) for itself");
	memset(&si, 0, sizeof si);
	expect(sys_waitid(P_PID, (int)pid, &si, WEXITED), 0, "the real child is still there");
	expect(si.status, 3, "si_status");
	return done(0);
}

// Waiting with no children gives ECHILD at once, for waitid and wait4.
#include "sys.h"
#include "out.h"

int main(void)
{
	struct siginfo si;
	int status;

	expect(sys_waitid(P_ALL, 0, &si, WEXITED), -ECHILD, "waitid(P_ALL)");
	expect(sys_waitid(P_PID, 1, &si, WEXITED), -ECHILD, "waitid(P_PID, 1)");
	expect(sys_wait4(-1, &status, 0, 0), -ECHILD, "wait4(-1)");
	expect(sys_wait4(12345, &status, 0, 0), -ECHILD, "wait4(12345)");
	return done(0);
}

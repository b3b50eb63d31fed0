// wait4 returns the child's pid and encodes the status as Linux does:
// exit code << 8 for an exit, the signal number for a kill.
#include "sys.h"
#include "out.h"

static long spawn(int status)
{
	long pid = sys_fork();
	if (pid == 0) {
		if (status < 0) {
			volatile int *volatile p = 0;
			*p = 1;
		}
		sys_exit(status);
	}
	return pid;
}

int main(void)
{
	static const int codes[] = { 0, 3, 255, -1 };
	static const int wants[] = { 0, 0x300, 0xff00, SIGSEGV };
	unsigned i;
	int status;
	long pid;

	for (i = 0; i < 4; i++) {
		pid = spawn(codes[i]);
		status = -1;
		expect(sys_wait4((int)pid, &status, 0, 0) - pid, 0, "wait4(pid) - pid");
		expect(status, wants[i], "status");
	}
	pid = spawn(5);
	expect(sys_wait4(-1, &status, 0, 0) - pid, 0, "wait4(-1) - pid");
	expect(status, 0x500, "status");
	pid = spawn(6);
	expect(sys_wait4((int)pid, 0, 0, 0) - pid, 0, "wait4 with a NULL status pointer");
	expect(sys_wait4(-1, &status, 0, 0), -ECHILD, "wait4(-1) with no children");
	return done(0);
}

// getuid, geteuid, getgid, getegid: every program runs as root (the linux
// driver runs as root too: this test assumes it).
#include "sys.h"
#include "out.h"

int main(void)
{
	expect(syscall(SYS_getuid), 0, "getuid");
	expect(syscall(SYS_geteuid), 0, "geteuid");
	expect(syscall(SYS_getgid), 0, "getgid");
	expect(syscall(SYS_getegid), 0, "getegid");
	long pid = sys_fork();
	if (pid == 0)
		sys_exit((int)syscall(SYS_getuid));
	int status = -1;
	sys_wait4((int)pid, &status, 0, 0);
	expect(status, 0, "a child too");
	return done(0);
}

// getpid is stable and positive; fork returns the child's pid, which is
// what the child's getpid says; the child's getppid is the parent's
// getpid, and a grandchild's getppid is the child's pid. Pids are only
// compared, never printed (the children pass theirs back in a file, which
// is removed at the end).
#include "sys.h"
#include "out.h"

int main(void)
{
	long me = sys_getpid(), pid, got[5];
	int status = -1;
	long fd;

	check(me > 0, "getpid is positive");
	check(sys_getpid() == me, "getpid is stable");
	check(sys_getppid() != me, "getppid differs from getpid");
	fd = sys_open("pids.bin", O_CREAT | O_RDWR | O_TRUNC, 0644);
	pid = sys_fork();
	if (pid == 0) {
		long child[2] = { sys_getpid(), sys_getppid() };
		long grand;

		sys_write(fd, child, sizeof child);
		grand = sys_fork();
		if (grand == 0) {
			long g[2] = { sys_getpid(), sys_getppid() };
			sys_write(fd, g, sizeof g);
			sys_exit(0);
		}
		sys_wait4((int)grand, 0, 0, 0);
		sys_write(fd, &grand, sizeof grand);
		sys_exit(0);
	}
	sys_wait4((int)pid, &status, 0, 0);
	expect(status, 0, "child's status");
	expect(sys_lseek(fd, 0, SEEK_SET), 0, "rewind");
	expect(sys_read(fd, got, sizeof got), sizeof got, "read the pids back");
	check(got[0] == pid, "child's getpid is what fork returned");
	check(got[1] == me, "child's getppid is the parent's getpid");
	check(got[0] != me, "child's pid differs from the parent's");
	check(got[2] == got[4], "grandchild's getpid is what the child's fork returned");
	check(got[3] == got[0], "grandchild's getppid is the child's pid");
	check(got[2] != got[0] && got[2] != me, "grandchild's pid is new");
	check(sys_getpid() == me, "parent's getpid unchanged");
	expect(sys_unlink("pids.bin"), 0, "remove the pid file");
	return done(0);
}

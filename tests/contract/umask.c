// umask: the first program starts with 0; files and directories are made
// with mode & ~umask; fork hands it on and execve keeps it; only 0777 is
// kept. The files leave the machine with their modes, which the harness
// compares.
#include "sys.h"
#include "out.h"

static long umask(long m) { return syscall(SYS_umask, m); }

int main(int argc, char **argv)
{
	if (argc > 1) {
		expect(umask(0), 027, "after execve");
		return done(0);
	}
	expect(umask(022), 0, "the first program's umask");
	sys_close(sys_open("f666", O_CREAT | O_WRONLY, 0666));
	sys_close(sys_open("f777", O_CREAT | O_WRONLY, 07777));
	sys_mkdirat(AT_FDCWD, "d", 0777);
	sys_close(sys_open("d/f", O_CREAT | O_WRONLY, 0644));
	expect(sys_faccessat(AT_FDCWD, "f777", X_OK), 0, "f777 is executable");
	expect(umask(07777), 022, "umask returns the old mask");
	expect(umask(0), 0777, "only 0777 is kept");
	sys_close(sys_open("f-none", O_CREAT | O_WRONLY, 0640));
	expect(umask(077), 0, "set 077");
	long pid = sys_fork();
	if (pid == 0) {
		expect(umask(0), 077, "the child's umask");
		sys_close(sys_open("child", O_CREAT | O_WRONLY, 0777));
		sys_exit(0);
	}
	sys_wait4((int)pid, 0, 0, 0);
	expect(umask(0), 077, "the parent's umask did not change");
	sys_fchmodat(AT_FDCWD, "f-none", 0777);
	umask(027);
	char *args[] = { argv[0], "again", 0 };
	sys_execve(argv[0], args, 0);
	return done(1);
}

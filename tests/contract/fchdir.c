// fchdir returns to a directory held open by an fd (opened O_RDONLY, as
// "." before a chdir elsewhere); fchdir of a bad fd gives EBADF, of a
// regular file ENOTDIR.
#include "sys.h"
#include "out.h"

int main(void)
{
	char top[512], cwd[512];
	long dot, file;

	sys_getcwd(top, sizeof top);
	dot = sys_open(".", O_RDONLY, 0);
	check(dot >= 0, "open . O_RDONLY");
	expect(sys_mkdirat(AT_FDCWD, "away", 0755), 0, "mkdirat away");
	expect(sys_chdir("away"), 0, "chdir away");
	sys_close(sys_open("in_away", O_CREAT | O_WRONLY, 0644));
	expect(sys_fchdir(dot), 0, "fchdir back");
	sys_getcwd(cwd, sizeof cwd);
	check(strcmp(cwd, top) == 0, "getcwd is the first one again");
	expect(sys_faccessat(AT_FDCWD, "away/in_away", F_OK), 0, "away/in_away exists");
	expect(sys_fchdir(99), -EBADF, "fchdir 99");
	file = sys_open("plain", O_CREAT | O_WRONLY, 0644);
	expect(sys_fchdir(file), -ENOTDIR, "fchdir to a regular file");
	return done(0);
}

// The working directory and a directory fd keep the directory they were
// given, not its name: once it is removed, a path relative to either is
// ENOENT, even after a new directory of the same name is made, and
// getcwd is ENOENT; the fd still stats it (no links left), and fchdir
// away works. (Linux also lets "." and ".." reach the removed directory
// and its old parent; the seed kernel says ENOENT to them too, so they
// are not tried here.)
#include "sys.h"
#include "out.h"

int main(void)
{
	char buf[4096];
	struct stat st;
	long top = sys_open(".", O_RDONLY, 0);
	sys_mkdirat(AT_FDCWD, "d", 0755);
	sys_close(sys_open("d/old", O_CREAT | O_WRONLY, 0644));
	long dfd = sys_open("d", O_RDONLY, 0);
	expect(sys_chdir("d"), 0, "chdir d");
	expect(sys_unlink("old"), 0, "unlink old");
	expect(sys_unlinkat((int)top, "d", AT_REMOVEDIR), 0, "rmdir d, the working directory");
	expect(sys_mkdirat((int)top, "d", 0755), 0, "a new d");
	sys_close(sys_openat((int)top, "d/new", O_CREAT | O_WRONLY, 0644));

	expect(sys_open("x", O_CREAT | O_WRONLY, 0644), -ENOENT, "create in the removed working directory");
	expect(sys_faccessat(AT_FDCWD, "new", F_OK), -ENOENT, "the new d's file is not here");
	expect(sys_mkdirat(AT_FDCWD, "sub", 0755), -ENOENT, "mkdir");
	expect(sys_getcwd(buf, sizeof buf), -ENOENT, "getcwd");
	expect(sys_openat((int)dfd, "y", O_CREAT | O_WRONLY, 0644), -ENOENT, "create through the old fd");
	expect(sys_faccessat((int)dfd, "new", F_OK), -ENOENT, "look through the old fd");
	expect(syscall(SYS_fstat, dfd, &st), 0, "fstat the old fd");
	expect(st.nlink, 0, "no links left");
	expect(syscall(SYS_newfstatat, (long)AT_FDCWD, "", &st, (long)AT_EMPTY_PATH), 0,
	       "stat the working directory itself");
	expect(st.nlink, 0, "the removed one");
	expect(sys_fchdir((int)top), 0, "fchdir back to the top");
	expect(sys_faccessat(AT_FDCWD, "d/new", F_OK), 0, "the new d is there");
	expect(sys_faccessat(AT_FDCWD, "d/x", F_OK), -ENOENT, "and has nothing else");
	expect(sys_fchdir((int)dfd), 0, "fchdir into the removed directory works");
	expect(sys_faccessat(AT_FDCWD, "new", F_OK), -ENOENT, "and paths from it fail");
	return done(0);
}

// Files keep the permission bits they were created with (O_CREAT 0755,
// 0600, 0644), fchmod and fchmodat change them, O_CREAT on an existing
// file leaves them alone. The harness compares the modes of the files
// left behind; faccessat X_OK observes the execute bits here.
#include "sys.h"
#include "out.h"

static long make(const char *name, int mode)
{
	long fd = sys_open(name, O_CREAT | O_WRONLY | O_TRUNC, mode);
	sys_write(fd, name, strlen(name));
	return fd;
}

int main(void)
{
	long fd;

	sys_close(make("mode_755", 0755));
	sys_close(make("mode_600", 0600));
	sys_close(make("mode_644", 0644));
	expect(sys_faccessat(AT_FDCWD, "mode_755", X_OK), 0, "0755 is executable");
	expect(sys_faccessat(AT_FDCWD, "mode_600", X_OK), -EACCES, "0600 is not");

	fd = make("fchmod_700", 0644);
	expect(sys_fchmod(fd, 0700), 0, "fchmod 0700");
	expect(sys_faccessat(AT_FDCWD, "fchmod_700", X_OK), 0, "now executable");
	sys_close(fd);
	fd = sys_open("mode_644", O_RDONLY, 0);
	expect(sys_fchmod(fd, 0640), 0, "fchmod 0640 through an O_RDONLY fd");
	sys_close(fd);

	sys_close(make("fchmodat_751", 0600));
	expect(sys_fchmodat(AT_FDCWD, "fchmodat_751", 0751), 0, "fchmodat 0751");
	expect(sys_faccessat(AT_FDCWD, "fchmodat_751", X_OK), 0, "now executable");
	sys_close(make("fchmodat_604", 0755));
	expect(sys_fchmodat(AT_FDCWD, "fchmodat_604", 0604), 0, "fchmodat 0604");
	expect(sys_faccessat(AT_FDCWD, "fchmodat_604", X_OK), -EACCES, "no longer executable");

	fd = sys_open("mode_600", O_CREAT | O_RDWR, 0777);
	check(fd >= 0, "O_CREAT 0777 on the existing 0600 file");
	expect(sys_faccessat(AT_FDCWD, "mode_600", X_OK), -EACCES, "its mode is unchanged");

	expect(sys_fchmodat(AT_FDCWD, "missing", 0644), -ENOENT, "fchmodat a missing file");
	expect(sys_fchmod(99, 0644), -EBADF, "fchmod fd 99");
	return done(0);
}

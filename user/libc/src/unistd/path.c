/* Calls on names: unlink, access, directories, modes, getcwd. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include "syscall.h"

int unlink(const char *path)
{
	return (int)__sysret(__sys3(SYS_unlinkat, AT_FDCWD, path, 0));
}

int rmdir(const char *path)
{
	return (int)__sysret(__sys3(SYS_unlinkat, AT_FDCWD, path, AT_REMOVEDIR));
}

int access(const char *path, int mode)
{
	return (int)__sysret(__sys3(SYS_faccessat, AT_FDCWD, path, mode));
}

int chdir(const char *path)
{
	return (int)__sysret(__sys1(SYS_chdir, path));
}

int fchdir(int fd)
{
	return (int)__sysret(__sys1(SYS_fchdir, fd));
}

int mkdir(const char *path, mode_t mode)
{
	return (int)__sysret(__sys3(SYS_mkdirat, AT_FDCWD, path, mode));
}

int chmod(const char *path, mode_t mode)
{
	return (int)__sysret(__sys3(SYS_fchmodat, AT_FDCWD, path, mode));
}

int fchmod(int fd, mode_t mode)
{
	return (int)__sysret(__sys2(SYS_fchmod, fd, mode));
}

/* No umask in the contract: the mask is always 0. */
mode_t umask(mode_t mask)
{
	(void)mask;
	return 0;
}

/* getcwd(NULL, 0) allocates, as in glibc. */
char *getcwd(char *buf, size_t size)
{
	char tmp[4096];
	long r;

	if (buf && !size) {
		errno = EINVAL;
		return NULL;
	}
	r = __sysret(__sys2(SYS_getcwd, buf ? buf : tmp, buf ? size : sizeof tmp));
	if (r < 0)
		return NULL;
	if (!buf) {
		buf = malloc(r);
		if (!buf)
			return NULL;
		for (long i = 0; i < r; i++)
			buf[i] = tmp[i];
	}
	return buf;
}

/* Descriptors: open, read, write, close, lseek. */
#include <fcntl.h>
#include <stdarg.h>
#include <unistd.h>
#include "syscall.h"

int openat(int dirfd, const char *path, int flags, ...)
{
	int mode = 0;

	if (flags & O_CREAT) {
		va_list ap;
		va_start(ap, flags);
		mode = va_arg(ap, int);
		va_end(ap);
	}
	return (int)__sysret(__sys4(SYS_openat, dirfd, path, flags, mode));
}

int open(const char *path, int flags, ...)
{
	int mode = 0;

	if (flags & O_CREAT) {
		va_list ap;
		va_start(ap, flags);
		mode = va_arg(ap, int);
		va_end(ap);
	}
	return openat(AT_FDCWD, path, flags, mode);
}

int creat(const char *path, mode_t mode)
{
	return open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
}

ssize_t read(int fd, void *buf, size_t n)
{
	return __sysret(__sys3(SYS_read, fd, buf, n));
}

ssize_t write(int fd, const void *buf, size_t n)
{
	return __sysret(__sys3(SYS_write, fd, buf, n));
}

int close(int fd)
{
	return (int)__sysret(__sys1(SYS_close, fd));
}

off_t lseek(int fd, off_t off, int whence)
{
	return __sysret(__sys3(SYS_lseek, fd, off, whence));
}

/* No ioctl in the contract: no descriptor is a terminal. */
int isatty(int fd)
{
	(void)fd;
	return 0;
}

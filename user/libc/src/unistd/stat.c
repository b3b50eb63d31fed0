/* stat, fstat, lstat without a stat system call: the contract has none.
 * A descriptor under which "." resolves (faccessat) is a directory, of
 * size 0; one that seeks is a regular file whose size is its
 * lseek(SEEK_END) offset (the offset is put back); one that cannot seek
 * (the console) is a character device. st_ino is a hash of the name for
 * stat, so that different names differ, and the descriptor for fstat;
 * the times are 0, like time(). */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "syscall.h"

int fstat(int fd, struct stat *st)
{
	off_t here, end;

	memset(st, 0, sizeof *st);
	if (__sys3(SYS_faccessat, fd, ".", F_OK) == 0) {
		st->st_mode = S_IFDIR | 0755;
		st->st_ino = fd;
		st->st_nlink = 2;
		return 0;
	}
	here = lseek(fd, 0, SEEK_CUR);
	if (here < 0) {
		if (errno != ESPIPE)
			return -1;
		st->st_mode = S_IFCHR | 0666;
		st->st_ino = fd;
		return 0;
	}
	end = lseek(fd, 0, SEEK_END);
	lseek(fd, here, SEEK_SET);
	st->st_mode = S_IFREG | 0644;
	st->st_ino = fd;
	st->st_nlink = 1;
	st->st_size = end;
	st->st_blksize = 4096;
	st->st_blocks = (end + 511) / 512;
	return 0;
}

int stat(const char *path, struct stat *st)
{
	unsigned long h = 5381;
	int fd = open(path, O_RDONLY);
	int r;

	if (fd < 0)
		return -1;
	r = fstat(fd, st);
	close(fd);
	for (const char *p = path; *p; p++)
		h = h * 33 + (unsigned char)*p;
	st->st_ino = h;
	return r;
}

int lstat(const char *path, struct stat *st)
{
	return stat(path, st);
}

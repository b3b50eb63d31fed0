// pread64 and pwrite64 work at their own offset and leave the fd's alone;
// past the end, pread gives 0 and pwrite leaves a hole of zeros; with
// O_APPEND pwrite appends (as Linux does); a negative offset is EINVAL;
// the null device reads nothing and takes everything.
#include "sys.h"
#include "out.h"

static long pread(long fd, void *buf, long n, long off) { return syscall(SYS_pread64, fd, buf, n, off); }
static long pwrite(long fd, const void *buf, long n, long off) { return syscall(SYS_pwrite64, fd, buf, n, off); }

int main(void)
{
	char buf[32];
	long fd = sys_open("f", O_CREAT | O_RDWR, 0644);
	sys_write((int)fd, "0123456789", 10);
	memset(buf, 0, sizeof buf);
	expect(pread(fd, buf, 4, 3), 4, "pread 4 at 3");
	put(buf);
	put("\n");
	expect(sys_lseek((int)fd, 0, SEEK_CUR), 10, "the fd's offset did not move");
	expect(pwrite(fd, "ab", 2, 2), 2, "pwrite 2 at 2");
	expect(sys_lseek((int)fd, 0, SEEK_CUR), 10, "still 10");
	expect(pwrite(fd, "end", 3, 20), 3, "pwrite at 20, past the end");
	memset(buf, '.', sizeof buf);
	expect(pread(fd, buf, 32, 0), 23, "pread all: 23 bytes");
	for (int i = 0; i < 23; i++)
		if (!buf[i])
			buf[i] = '_';
	buf[23] = 0;
	put(buf);
	put("\n");
	expect(pread(fd, buf, 8, 23), 0, "pread at the end");
	expect(pread(fd, buf, 8, 1000), 0, "pread past the end");
	expect(pread(fd, buf, 8, -1), -EINVAL, "pread at -1");
	expect(pwrite(fd, buf, 8, -1), -EINVAL, "pwrite at -1");
	expect(pread(99, buf, 8, -1), -EINVAL, "negative offset before a bad fd");
	expect(pread(99, buf, 8, 0), -EBADF, "pread on a closed fd");
	expect(pread(fd | (1L << 32), buf, 2, 0), 2, "the fd is an int");
	sys_close((int)fd);

	fd = sys_open("f", O_WRONLY | O_APPEND, 0);
	expect(pwrite(fd, "+", 1, 0), 1, "pwrite at 0 with O_APPEND");
	expect(pread(fd, buf, 1, 0), -EBADF, "pread on a write-only fd");
	sys_close((int)fd);
	fd = sys_open("f", O_RDONLY, 0);
	expect(pread(fd, buf, 32, 20), 4, "the byte went to the end");
	expect(pwrite(fd, "x", 1, 0), -EBADF, "pwrite on a read-only fd");
	sys_close((int)fd);

	expect(pread(0, buf, 8, 0), 0, "pread of the null device");
	expect(pwrite(0, buf, 8, 5), 8, "pwrite to the null device");
	sys_mkdirat(AT_FDCWD, "d", 0755);
	fd = sys_open("d", O_RDONLY, 0);
	expect(pread(fd, buf, 8, 0), -EISDIR, "pread of a directory");
	return done(0);
}

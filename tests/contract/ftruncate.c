// ftruncate shrinks and grows a file; what it exposes by growing reads as
// zeros, also after a shrink to the middle of a page; it needs a regular
// file open for writing (else EINVAL), a length >= 0, and a valid fd.
#include "sys.h"
#include "out.h"

static long ftruncate(long fd, long len) { return syscall(SYS_ftruncate, fd, len); }

static void show_file(long fd, const char *what)
{
	static char buf[10000];
	long n = syscall(SYS_pread64, fd, buf, (long)sizeof buf, 0L);
	unsigned long sum = 0;
	for (long i = 0; i < n; i++)
		sum = sum * 31 + (unsigned char)buf[i];
	put(what);
	put(": ");
	put_num(n);
	put(" bytes, sum ");
	put_num((long)(sum >> 1));
	put("\n");
}

int main(void)
{
	static char data[9000];
	for (int i = 0; i < 9000; i++)
		data[i] = (char)('a' + i % 26);
	long fd = sys_open("f", O_CREAT | O_RDWR, 0644);
	sys_write((int)fd, data, sizeof data);
	expect(ftruncate(fd, 5000), 0, "shrink to 5000");
	show_file(fd, "after the shrink");
	expect(sys_lseek((int)fd, 0, SEEK_CUR), 9000, "the offset stays");
	expect(ftruncate(fd, 9000), 0, "grow to 9000 again");
	show_file(fd, "grown: zeros after 5000");
	expect(ftruncate(fd, 3), 0, "shrink to 3");
	expect(ftruncate(fd, 3), 0, "the same size again");
	show_file(fd, "3 bytes");
	expect(ftruncate(fd, 0), 0, "to nothing");
	expect(ftruncate(fd, 100000), 0, "grow an empty file");
	show_file(fd, "all zeros");
	sys_close((int)fd);

	expect(ftruncate(99, 0), -EBADF, "a closed fd");
	expect(ftruncate(99, -1), -EINVAL, "a negative length comes first");
	fd = sys_open("f", O_RDONLY, 0);
	expect(ftruncate(fd, 0), -EINVAL, "a read-only fd");
	sys_close((int)fd);
	sys_mkdirat(AT_FDCWD, "d", 0755);
	fd = sys_open("d", O_RDONLY, 0);
	expect(ftruncate(fd, 0), -EINVAL, "a directory");
	expect(ftruncate(0, 0), -EINVAL, "the null device");
	fd = sys_open("g", O_CREAT | O_WRONLY, 0644);
	sys_write((int)fd, "hello, world\n", 13);
	expect(ftruncate(fd | (1L << 32), 6), 0, "the fd is an int");
	sys_write((int)fd, "\n", 1);
	return done(0);
}

// read, write, close and lseek on fds that are not open give EBADF.
#include "sys.h"
#include "out.h"

int main(void)
{
	static const int fds[] = { 99, -1, 3, 1000000 };
	char buf[8];
	unsigned i;
	long fd;

	for (i = 0; i < sizeof fds / sizeof fds[0]; i++) {
		show("fd", fds[i]);
		expect(sys_read(fds[i], buf, sizeof buf), -EBADF, "read");
		expect(sys_write(fds[i], "x", 1), -EBADF, "write");
		expect(sys_lseek(fds[i], 0, SEEK_SET), -EBADF, "lseek");
		expect(sys_close(fds[i]), -EBADF, "close");
	}
	fd = sys_open("bad_fd.txt", O_CREAT | O_RDWR, 0644);
	check(fd >= 0, "open a file");
	expect(sys_close(fd), 0, "close it");
	expect(sys_close(fd), -EBADF, "close it again");
	expect(sys_write(fd, "x", 1), -EBADF, "write after close");
	expect(sys_read(fd, buf, 1), -EBADF, "read after close");
	return done(0);
}

// write on an O_RDONLY fd and read on an O_WRONLY fd give EBADF; an
// O_RDWR fd does both.
#include "sys.h"
#include "out.h"

int main(void)
{
	char buf[8];
	long fd;

	fd = sys_open("mode.txt", O_CREAT | O_WRONLY, 0644);
	expect(sys_write(fd, "abc", 3), 3, "write on O_WRONLY");
	expect(sys_read(fd, buf, sizeof buf), -EBADF, "read on O_WRONLY");
	expect(sys_lseek(fd, 0, SEEK_SET), 0, "lseek on O_WRONLY");
	expect(sys_read(fd, buf, sizeof buf), -EBADF, "read on O_WRONLY after lseek");
	sys_close(fd);

	fd = sys_open("mode.txt", O_RDONLY, 0);
	expect(sys_write(fd, "x", 1), -EBADF, "write on O_RDONLY");
	expect(sys_lseek(fd, 0, SEEK_CUR), 0, "offset unchanged");
	expect(sys_read(fd, buf, sizeof buf), 3, "read on O_RDONLY");
	sys_close(fd);

	fd = sys_open("mode.txt", O_RDWR, 0);
	expect(sys_read(fd, buf, 1), 1, "read on O_RDWR");
	expect(sys_write(fd, "X", 1), 1, "write on O_RDWR");
	expect(sys_lseek(fd, 0, SEEK_SET), 0, "rewind");
	expect(sys_read(fd, buf, sizeof buf), 3, "read back");
	check(memcmp(buf, "aXc", 3) == 0, "contents aXc");
	return done(0);
}

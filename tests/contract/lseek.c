// lseek SEEK_SET/CUR/END return the new offset; a negative result or an
// unknown whence gives EINVAL and leaves the offset alone.
#include "sys.h"
#include "out.h"

int main(void)
{
	char c;
	long fd;

	fd = sys_open("seek.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
	expect(sys_write(fd, "0123456789", 10), 10, "write 10");
	expect(sys_lseek(fd, 0, SEEK_CUR), 10, "SEEK_CUR 0 after write");
	expect(sys_lseek(fd, 4, SEEK_SET), 4, "SEEK_SET 4");
	expect(sys_read(fd, &c, 1), 1, "read 1");
	expect(c, '4', "byte at 4");
	expect(sys_lseek(fd, 2, SEEK_CUR), 7, "SEEK_CUR +2");
	expect(sys_lseek(fd, -3, SEEK_CUR), 4, "SEEK_CUR -3");
	expect(sys_lseek(fd, 0, SEEK_END), 10, "SEEK_END 0");
	expect(sys_lseek(fd, -1, SEEK_END), 9, "SEEK_END -1");
	expect(sys_read(fd, &c, 1), 1, "read last");
	expect(c, '9', "last byte");
	expect(sys_lseek(fd, 5, SEEK_END), 15, "SEEK_END +5 (past the end)");
	expect(sys_read(fd, &c, 1), 0, "read past the end");
	expect(sys_lseek(fd, 0, SEEK_END), 10, "size unchanged by seeking");

	expect(sys_lseek(fd, 3, SEEK_SET), 3, "SEEK_SET 3");
	expect(sys_lseek(fd, -1, SEEK_SET), -EINVAL, "SEEK_SET -1");
	expect(sys_lseek(fd, -4, SEEK_CUR), -EINVAL, "SEEK_CUR -4 from 3");
	expect(sys_lseek(fd, -11, SEEK_END), -EINVAL, "SEEK_END -11 on 10 bytes");
	expect(sys_lseek(fd, 0, 7), -EINVAL, "whence 7");
	expect(sys_lseek(fd, 0, SEEK_CUR), 3, "offset still 3");
	expect(sys_lseek(fd, -10, SEEK_END), 0, "SEEK_END -10 is 0");
	return done(0);
}

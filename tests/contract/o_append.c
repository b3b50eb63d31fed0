// With O_APPEND every write lands at the end of the file, even after an
// lseek; the offset is left at the new end. Reads still use the offset.
#include "sys.h"
#include "out.h"

int main(void)
{
	char buf[32];
	long fd;

	fd = sys_open("append.txt", O_CREAT | O_WRONLY | O_TRUNC, 0644);
	expect(sys_write(fd, "0123456789", 10), 10, "write 10 bytes");
	sys_close(fd);

	fd = sys_open("append.txt", O_WRONLY | O_APPEND, 0);
	check(fd >= 0, "open O_WRONLY|O_APPEND");
	expect(sys_lseek(fd, 0, SEEK_CUR), 0, "offset after open");
	expect(sys_write(fd, "ab", 2), 2, "append 2");
	expect(sys_lseek(fd, 0, SEEK_CUR), 12, "offset after append");
	expect(sys_lseek(fd, 3, SEEK_SET), 3, "lseek to 3");
	expect(sys_write(fd, "cd", 2), 2, "append 2 after lseek");
	expect(sys_lseek(fd, 0, SEEK_CUR), 14, "offset is the new end");
	sys_close(fd);

	fd = sys_open("append.txt", O_RDWR | O_APPEND, 0);
	expect(sys_lseek(fd, 2, SEEK_SET), 2, "O_RDWR|O_APPEND: lseek to 2");
	expect(sys_read(fd, buf, 3), 3, "read 3 at offset 2");
	check(memcmp(buf, "234", 3) == 0, "read sees 234");
	expect(sys_write(fd, "e\n", 2), 2, "append after read");
	expect(sys_lseek(fd, 0, SEEK_SET), 0, "rewind");
	expect(sys_read(fd, buf, sizeof buf), 16, "whole file");
	check(memcmp(buf, "0123456789abcde\n", 16) == 0, "contents 0123456789abcde");
	return done(0);
}

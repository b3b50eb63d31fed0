// Reads stop at the end of a file: a short read, then 0 at EOF, again and
// again; a zero-length read returns 0.
#include "sys.h"
#include "out.h"

int main(void)
{
	char buf[64];
	long fd;

	fd = sys_open("eof.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
	expect(sys_read(fd, buf, sizeof buf), 0, "read an empty file");
	expect(sys_write(fd, "0123456789", 10), 10, "write 10");
	expect(sys_read(fd, buf, sizeof buf), 0, "read at EOF after writing");
	expect(sys_lseek(fd, 0, SEEK_SET), 0, "rewind");
	expect(sys_read(fd, buf, 4), 4, "read 4");
	expect(sys_read(fd, buf, 0), 0, "read 0 bytes");
	expect(sys_read(fd, buf, sizeof buf), 6, "short read of the rest");
	check(memcmp(buf, "456789", 6) == 0, "bytes 456789");
	expect(sys_read(fd, buf, sizeof buf), 0, "read at EOF");
	expect(sys_read(fd, buf, sizeof buf), 0, "read at EOF again");
	expect(sys_lseek(fd, 0, SEEK_CUR), 10, "offset stays at EOF");
	expect(sys_lseek(fd, 8, SEEK_SET), 8, "seek to 8");
	expect(sys_read(fd, buf, sizeof buf), 2, "short read of 2");
	return done(0);
}

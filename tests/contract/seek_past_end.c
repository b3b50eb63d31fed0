// Seeking past the end and writing leaves a gap that reads as zeros.
#include "sys.h"
#include "out.h"

int main(void)
{
	static char buf[9000];
	long fd, i, zeros = 0;

	fd = sys_open("gap.bin", O_CREAT | O_RDWR | O_TRUNC, 0644);
	expect(sys_write(fd, "head", 4), 4, "write head");
	expect(sys_lseek(fd, 8000, SEEK_SET), 8000, "seek to 8000");
	expect(sys_write(fd, "tail", 4), 4, "write tail");
	expect(sys_lseek(fd, 0, SEEK_END), 8004, "size");
	expect(sys_lseek(fd, 0, SEEK_SET), 0, "rewind");
	expect(sys_read(fd, buf, sizeof buf), 8004, "read all");
	for (i = 4; i < 8000; i++)
		zeros += buf[i] == 0;
	expect(zeros, 7996, "zero bytes in the gap");
	check(memcmp(buf, "head", 4) == 0 && memcmp(buf + 8000, "tail", 4) == 0,
	      "head and tail intact");
	sys_close(fd);

	fd = sys_open("gap2.bin", O_CREAT | O_WRONLY | O_TRUNC, 0644);
	expect(sys_lseek(fd, 100, SEEK_CUR), 100, "seek on an empty file");
	expect(sys_write(fd, "x", 1), 1, "write at 100");
	sys_close(fd);
	fd = sys_open("gap2.bin", O_RDONLY, 0);
	expect(sys_read(fd, buf, sizeof buf), 101, "read all");
	for (i = 0, zeros = 0; i < 100; i++)
		zeros += buf[i] == 0;
	expect(zeros, 100, "leading zeros");
	return done(0);
}

// O_CREAT|O_EXCL creates a new file but gives EEXIST for an existing one,
// leaving its contents alone.
#include "sys.h"
#include "out.h"

int main(void)
{
	char buf[16];
	long fd;

	fd = sys_open("excl.txt", O_CREAT | O_EXCL | O_WRONLY, 0644);
	check(fd >= 0, "O_CREAT|O_EXCL on a new name succeeds");
	expect(sys_write(fd, "first\n", 6), 6, "write");
	expect(sys_close(fd), 0, "close");
	expect(sys_open("excl.txt", O_CREAT | O_EXCL | O_WRONLY, 0644), -EEXIST,
	       "O_CREAT|O_EXCL on an existing file");
	expect(sys_open("excl.txt", O_CREAT | O_EXCL | O_RDWR | O_TRUNC, 0644), -EEXIST,
	       "O_CREAT|O_EXCL|O_TRUNC on an existing file");
	fd = sys_open("excl.txt", O_RDONLY, 0);
	expect(sys_read(fd, buf, sizeof buf), 6, "contents kept");
	check(memcmp(buf, "first\n", 6) == 0, "bytes kept");
	sys_close(fd);
	fd = sys_open("excl.txt", O_CREAT | O_WRONLY, 0644);
	check(fd >= 0, "O_CREAT without O_EXCL opens the existing file");
	expect(sys_lseek(fd, 0, SEEK_END), 6, "and does not truncate it");
	return done(0);
}

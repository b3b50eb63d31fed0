// O_TRUNC empties an existing file when it is opened for writing, and
// (as Linux does) even when it is opened O_RDONLY.
#include "sys.h"
#include "out.h"

static void fill(const char *name)
{
	long fd = sys_open(name, O_CREAT | O_WRONLY, 0644);
	sys_write(fd, "some old contents\n", 18);
	sys_close(fd);
}

int main(void)
{
	char buf[32];
	long fd;

	fill("trunc_w.txt");
	fd = sys_open("trunc_w.txt", O_WRONLY | O_TRUNC, 0);
	check(fd >= 0, "open O_WRONLY|O_TRUNC");
	expect(sys_lseek(fd, 0, SEEK_END), 0, "size after O_TRUNC");
	expect(sys_write(fd, "new\n", 4), 4, "write");
	sys_close(fd);
	fd = sys_open("trunc_w.txt", O_RDONLY, 0);
	expect(sys_read(fd, buf, sizeof buf), 4, "read back");
	check(memcmp(buf, "new\n", 4) == 0, "only the new bytes");
	sys_close(fd);

	fill("trunc_rw.txt");
	fd = sys_open("trunc_rw.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
	expect(sys_read(fd, buf, sizeof buf), 0, "O_RDWR|O_CREAT|O_TRUNC: read");
	sys_close(fd);

	fill("trunc_r.txt");
	fd = sys_open("trunc_r.txt", O_RDONLY | O_TRUNC, 0);
	check(fd >= 0, "open O_RDONLY|O_TRUNC");
	expect(sys_read(fd, buf, sizeof buf), 0, "O_RDONLY|O_TRUNC empties the file");
	return done(0);
}

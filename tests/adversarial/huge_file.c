// A file of 4 GiB + 1 byte (sparse: one byte past 4 GiB) cannot be held
// by the newc output archive: it stays inside, the kernel names it, and
// the run fails with status 123 instead of succeeding without it; every
// other file still comes back. (seed only: the linux driver would copy
// the 4 GiB out.)
// drivers: seed
// expect-status: 123
#include "out.h"
#include "sys.h"

int main(void)
{
	int small = sys_open("small.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	expect(sys_write(small, "kept\n", 5), 5, "a small file");
	sys_close(small);
	int fd = sys_open("huge", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	expect(sys_lseek(fd, 1L << 32, SEEK_SET), 1L << 32, "seek to 4 GiB");
	expect(sys_write(fd, "x", 1), 1, "one byte at 4 GiB");
	sys_close(fd);
	return done(0);
}

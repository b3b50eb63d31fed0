// A forked child shares its parent's open files, offsets included (as
// Linux does): the child's writes and seeks move the parent's offset. The
// fd table itself is a copy: the child's close and open do not touch the
// parent's.
#include "sys.h"
#include "out.h"
#include "child.h"

static long fd;

static int child_write(void)
{
	if (sys_write(fd, "child\n", 6) != 6)
		return 1;
	return expect(sys_lseek(fd, 0, SEEK_CUR), 14, "child's offset after its write") ? 0 : 1;
}

static int child_seek(void)
{
	return sys_lseek(fd, 3, SEEK_SET) == 3 ? 0 : 1;
}

static int child_close(void)
{
	return sys_close(fd) == 0 ? 0 : 1;
}

static int child_open(void)
{
	return sys_open("child_only.txt", O_CREAT | O_WRONLY, 0644) == fd + 1 ? 0 : 1;
}

int main(void)
{
	struct siginfo si;
	char buf[64];

	fd = sys_open("shared.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
	expect(sys_write(fd, "parent1\n", 8), 8, "parent writes");
	child_run(child_write, &si);
	expect(si.status, 0, "child wrote");
	expect(sys_lseek(fd, 0, SEEK_CUR), 14, "parent's offset moved by the child");
	expect(sys_write(fd, "parent2\n", 8), 8, "parent writes again");
	expect(sys_lseek(fd, 0, SEEK_SET), 0, "rewind");
	expect(sys_read(fd, buf, sizeof buf), 22, "read all");
	check(memcmp(buf, "parent1\nchild\nparent2\n", 22) == 0, "writes in order");

	child_run(child_seek, &si);
	expect(si.status, 0, "child seeked");
	expect(sys_lseek(fd, 0, SEEK_CUR), 3, "parent's offset after the child's lseek");

	child_run(child_close, &si);
	expect(si.status, 0, "child closed the fd");
	expect(sys_read(fd, buf, 4), 4, "parent's fd still open");
	check(memcmp(buf, "ent1", 4) == 0, "and reads ent1");

	child_run(child_open, &si);
	expect(si.status, 0, "child opened a file on the next fd");
	expect(sys_close((int)fd + 1), -EBADF, "that fd is not open in the parent");
	return done(0);
}

// A pipe between a parent and its child, both ways, written the way
// either order of running gives the same bytes: the parent writes and
// closes its write end before the child reads; a child writes, ends, and
// the parent reads all of it and then end of file. Open file descriptions
// of a pipe are shared by fork: the read end's last reader is what counts.
#include "sys.h"
#include "out.h"
#include "child.h"

static int fd[2];

/* The child closes its own copy of the write end, then reads to the end. */
static int child_reads(void)
{
	char buf[64];
	long n, got = 0;
	sys_close(fd[1]);
	while ((n = sys_read(fd[0], buf + got, sizeof buf - got)) > 0)
		got += n;
	put("child read: ");
	sys_write(1, buf, got);
	return got == 19 ? 0 : 1;
}

static int child_writes(void)
{
	sys_close(fd[0]);
	sys_write(fd[1], "from the child\n", 15);
	sys_write(fd[1], "and more\n", 9);
	return 0;
}

/* A child that reads only a part: the rest stays for the parent. */
static int child_reads_part(void)
{
	char buf[5];
	if (sys_read(fd[0], buf, 5) != 5)
		return 1;
	put("child took: ");
	sys_write(1, buf, 5);
	put("\n");
	return 0;
}

int main(void)
{
	struct siginfo si;
	char buf[64];
	long n, got;

	sys_pipe(fd);
	expect(sys_write(fd[1], "from the parent\n", 16), 16, "parent writes");
	expect(sys_write(fd[1], "ok\n", 3), 3, "parent writes more");
	expect(sys_close(fd[1]), 0, "parent closes its write end");
	child_run(child_reads, &si);
	expect(si.status, 0, "child read 19 bytes, then end of file");
	expect(sys_read(fd[0], buf, sizeof buf), 0, "nothing left for the parent");
	sys_close(fd[0]);

	sys_pipe(fd);
	child_run(child_writes, &si);
	expect(si.status, 0, "child wrote and ended");
	expect(sys_close(fd[1]), 0, "parent closes its write end");
	got = 0;
	while ((n = sys_read(fd[0], buf + got, 7)) > 0)
		got += n;
	expect(n, 0, "then end of file");
	expect(got, 24, "parent read all the child wrote, 7 bytes at a time");
	put("parent read: ");
	sys_write(1, buf, got);
	sys_close(fd[0]);

	sys_pipe(fd);
	sys_write(fd[1], "abcdefghij", 10);
	child_run(child_reads_part, &si);
	expect(si.status, 0, "child read 5");
	expect(sys_read(fd[0], buf, sizeof buf), 5, "the parent gets the other 5");
	check(memcmp(buf, "fghij", 5) == 0, "fghij");
	return done(0);
}

// Reads and writes that would wait forever on Linux, because the only
// process that could answer them is the one asking or one that waits for
// it: none hangs. A read of an empty pipe whose only writer is the reader
// itself, or its waiting parent, is end of file (with O_NONBLOCK, EAGAIN,
// as Linux), and ppoll with no timeout says POLLHUP for it; a write of
// 1 MiB to a pipe whose only reader is the writer itself goes in whole
// and reads back. (Linux blocks: seed only.)
// drivers: seed
#include "out.h"
#include "sys.h"
#include "child.h"

static int fd[2];
static char big[1 << 20];

static int child_reads(void)
{
	char buf[8];
	expect(sys_read(fd[0], buf, sizeof buf), 3, "child reads what the parent wrote");
	return sys_read(fd[0], buf, sizeof buf) == 0 ? 0 : 1;
}

int main(void)
{
	struct siginfo si;
	char buf[8];

	sys_pipe(fd);
	expect(sys_read(fd[0], buf, sizeof buf), 0, "empty, its only writer the reader: end of file");
	expect(sys_read(fd[0], buf, sizeof buf), 0, "and again");
	struct { int fd; short events, revents; } p = { fd[0], 1 /* POLLIN */, 0 };
	expect(syscall(73 /* ppoll */, &p, 1L, 0L, 0L, 8L), 1, "ppoll, no timeout: returns");
	expect(p.revents, 0x10, "POLLHUP: its read is end of file");
	expect(sys_write(fd[1], "abc", 3), 3, "write 3");
	child_run(child_reads, &si);
	expect(si.status, 0, "the child's second read, the writer its waiting parent: end of file");
	expect(syscall(SYS_fcntl, (long)fd[0], (long)F_SETFL, (long)O_NONBLOCK), 0, "O_NONBLOCK");
	expect(sys_read(fd[0], buf, sizeof buf), -EAGAIN, "then EAGAIN, as Linux");
	for (long i = 0; i < (long)sizeof big; i++)
		big[i] = (char)(i % 251);
	expect(sys_write(fd[1], big, sizeof big), sizeof big, "1 MiB to a pipe only the writer reads");
	long got = 0, r, bad = 0;
	while ((r = sys_read(fd[0], buf, sizeof buf)) > 0) {
		for (long i = 0; i < r; i++)
			bad += buf[i] != (char)((got + i) % 251);
		got += r;
	}
	expect(got, sizeof big, "all of it reads back");
	expect(bad, 0, "in order");
	return done(0);
}

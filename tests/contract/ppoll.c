// ppoll as Linux answers it when it need not wait: a regular file is
// always ready; a pipe's read end has POLLIN with bytes in it and POLLHUP
// once no writer is left; its write end POLLOUT while the 16 pages Linux
// gives a pipe are not full, and POLLERR with no reader left; a closed fd
// POLLNVAL, a negative one nothing. A zero timeout with nothing ready is
// 0, and the time left, written back, 0. The timeout and mask are
// checked first.
#include "sys.h"
#include "out.h"

#define SYS_ppoll	73
#define POLLIN		0x001
#define POLLOUT		0x004
#define POLLERR		0x008
#define POLLHUP		0x010
#define POLLNVAL	0x020

struct pollfd { int fd; short events, revents; };

/* Writable: Linux writes the time left back (qemu-user needs it so). */
static long zero[2] = { 0, 0 };

static long poll1(int fd, int events, const long *timeout)
{
	struct pollfd p = { fd, (short)events, 0x7fff };
	long r = syscall(SYS_ppoll, &p, 1L, timeout, 0L, 8L);
	return r < 0 ? r : r * 1000 + p.revents;
}

int main(void)
{
	int fd[2];
	static char page[4096];
	long file = sys_open("f", O_CREAT | O_RDWR, 0644);

	expect(poll1((int)file, POLLIN | POLLOUT, zero), 1000 + (POLLIN | POLLOUT), "a file: in and out");
	syscall(SYS_pipe2, fd, (long)O_NONBLOCK);
	expect(poll1(fd[0], POLLIN, zero), 0, "an empty pipe with a writer: nothing, 0");
	expect(poll1(fd[1], POLLOUT, zero), 1000 + POLLOUT, "its write end: POLLOUT");
	expect(poll1(fd[1], POLLIN, zero), 0, "which is not asked for POLLIN");
	sys_write(fd[1], "x", 1);
	expect(poll1(fd[0], POLLIN, zero), 1000 + POLLIN, "a byte in it: POLLIN");
	expect(poll1(fd[0], POLLIN, 0), 1000 + POLLIN, "the same with no timeout");
	while (sys_write(fd[1], page, sizeof page) > 0)
		;
	expect(poll1(fd[1], POLLOUT, zero), 0, "full: no POLLOUT");
	sys_close(fd[1]);
	expect(poll1(fd[0], POLLIN, zero), 1000 + (POLLIN | POLLHUP), "no writer: POLLIN | POLLHUP");
	while (sys_read(fd[0], page, sizeof page) > 0)
		;
	expect(poll1(fd[0], POLLIN, zero), 1000 + POLLHUP, "drained: POLLHUP alone");
	expect(poll1(fd[0], 0, zero), 1000 + POLLHUP, "even when not asked");

	syscall(SYS_pipe2, fd, 0L);
	sys_close(fd[0]);
	expect(poll1(fd[1], POLLOUT, zero), 1000 + (POLLOUT | POLLERR), "no reader: POLLOUT | POLLERR");
	expect(poll1(fd[0], POLLIN, zero), 1000 + POLLNVAL, "a closed fd: POLLNVAL");
	expect(poll1(-1, POLLIN, zero), 0, "a negative fd: nothing");

	struct pollfd two[3] = { { (int)file, POLLIN, 0 }, { -5, POLLIN, 0 }, { fd[1], POLLOUT, 0 } };
	expect(syscall(SYS_ppoll, two, 3L, zero, 0L, 8L), 2, "two of three ready");
	expect(two[1].revents, 0, "the negative one's revents cleared");
	long bad_ts[2] = { 0, 1000000000 };
	expect(syscall(SYS_ppoll, two, 1L, bad_ts, 0L, 8L), -EINVAL, "a timeout of 1e9 ns");
	long neg_ts[2] = { -1, 0 };
	expect(syscall(SYS_ppoll, two, 1L, neg_ts, 0L, 8L), -EINVAL, "a negative timeout");
	unsigned long mask = 0;
	expect(syscall(SYS_ppoll, two, 1L, zero, &mask, 4L), -EINVAL, "a mask of the wrong size");
	expect(syscall(SYS_ppoll, two, 1L, zero, &mask, 8L), 1, "a mask of 8 bytes");
	expect(syscall(SYS_ppoll, (void *)8, 1L, zero, 0L, 8L), -EFAULT, "fds at a bad address");
	expect(syscall(SYS_ppoll, two, 1L, (void *)8, 0L, 8L), -EFAULT, "timeout at a bad address");
	static struct pollfd many[2000]; /* qemu-user reads them all first */
	expect(syscall(SYS_ppoll, many, 2000L, zero, 0L, 8L), -EINVAL, "more fds than RLIMIT_NOFILE");
	expect(syscall(SYS_ppoll, 0L, 0L, zero, 0L, 8L), 0, "no fds");
	long left[2] = { 0, 5000 };
	expect(syscall(SYS_ppoll, two + 1, 1L, left, 0L, 8L), 0, "nothing ready in 5 us");
	check(left[0] == 0 && left[1] == 0, "no time left");
	return done(0);
}

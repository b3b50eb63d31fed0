// A pipe within one process: bytes come out in the order they went in,
// a read gets at most what is there, an empty pipe reads as end of file
// once its write end is closed (and, with O_NONBLOCK, says EAGAIN while
// it is open); each end refuses the other's direction; dup'd fds share
// the ends; pipe2's flags and its errors.
#include "sys.h"
#include "out.h"

static long fcntl(int fd, int cmd, long arg) { return syscall(SYS_fcntl, (long)fd, (long)cmd, arg); }

int main(void)
{
	int fd[2] = { -1, -1 }, nb[2], ce[2];
	char buf[64];

	expect(sys_pipe(fd), 0, "pipe2(fd, 0)");
	expect(fd[0], 3, "read end is the lowest free fd");
	expect(fd[1], 4, "write end the next");
	expect(sys_write(fd[1], "hello ", 6), 6, "write 6");
	expect(sys_write(fd[1], "world\n", 6), 6, "write 6 more");
	expect(sys_read(fd[0], buf, 4), 4, "read 4");
	check(memcmp(buf, "hell", 4) == 0, "the first 4 bytes");
	expect(sys_read(fd[0], buf, sizeof buf), 8, "a big read gets the 8 that are there");
	check(memcmp(buf, "o world\n", 8) == 0, "in order");
	expect(sys_read(fd[0], buf, 0), 0, "read of 0 bytes");
	expect(sys_write(fd[1], buf, 0), 0, "write of 0 bytes");

	expect(sys_write(fd[0], "x", 1), -EBADF, "write to the read end");
	expect(sys_read(fd[1], buf, 1), -EBADF, "read from the write end");
	expect(fcntl(fd[0], F_GETFL, 0), O_RDONLY, "F_GETFL of the read end");
	expect(fcntl(fd[1], F_GETFL, 0), O_WRONLY, "F_GETFL of the write end");
	expect(fcntl(fd[0], F_GETFD, 0), 0, "no close-on-exec");

	long d = syscall(SYS_dup3, (long)fd[1], 10L, 0L);
	expect(d, 10, "dup3 of the write end to 10");
	expect(sys_write(10, "via 10", 6), 6, "write through the dup");
	expect(sys_close(fd[1]), 0, "close the first write fd");
	expect(sys_read(fd[0], buf, sizeof buf), 6, "the dup's bytes are there");
	check(memcmp(buf, "via 10", 6) == 0, "as written");
	expect(fcntl(fd[0], F_SETFL, O_NONBLOCK), 0, "F_SETFL O_NONBLOCK on the read end");
	expect(sys_read(fd[0], buf, sizeof buf), -EAGAIN, "empty, a writer left, O_NONBLOCK: EAGAIN");
	expect(sys_read(fd[0], buf, 0), 0, "0 bytes of it: 0 (found by the fuzzer)");
	expect(fcntl(fd[0], F_GETFL, 0), O_RDONLY | O_NONBLOCK, "F_GETFL shows it");
	expect(sys_close(10), 0, "close the last write fd");
	expect(sys_read(fd[0], buf, sizeof buf), 0, "no writer: end of file, even with O_NONBLOCK");
	expect(sys_read(fd[0], buf, sizeof buf), 0, "and again");
	expect(sys_close(fd[0]), 0, "close the read end");

	expect(syscall(SYS_pipe2, nb, (long)O_NONBLOCK), 0, "pipe2 O_NONBLOCK");
	expect(fcntl(nb[0], F_GETFL, 0), O_RDONLY | O_NONBLOCK, "read end is non-blocking");
	expect(fcntl(nb[1], F_GETFL, 0), O_WRONLY | O_NONBLOCK, "write end too");
	expect(sys_read(nb[0], buf, 1), -EAGAIN, "empty: EAGAIN");
	expect(syscall(SYS_pipe2, ce, (long)O_CLOEXEC), 0, "pipe2 O_CLOEXEC");
	expect(fcntl(ce[0], F_GETFD, 0), 1, "read end close-on-exec");
	expect(fcntl(ce[1], F_GETFD, 0), 1, "write end close-on-exec");
	expect(fcntl(ce[0], F_GETFL, 0), O_RDONLY, "and blocking");

	expect(syscall(SYS_pipe2, fd, (long)O_APPEND), -EINVAL, "pipe2 with O_APPEND");
	expect(syscall(SYS_pipe2, fd, 1L), -EINVAL, "pipe2 with an access mode");
	expect(syscall(SYS_pipe2, fd, 0L), 0, "no fd was taken by the failures");
	expect(fd[0], ce[1] + 1, "read end on the next fd");
	expect(fd[1], ce[1] + 2, "write end after it");
	/* Linux then closes the two fds it made; qemu-user keeps them open,
	 * so nothing after this looks at fd numbers. */
	expect(syscall(SYS_pipe2, (void *)8, 0L), -EFAULT, "pipe2 to an unmapped address");
	return done(0);
}

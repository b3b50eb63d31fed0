// Several MiB through one pipe: a child writes 5 MiB + 3 in writes of odd
// sizes and ends; the parent reads in other odd sizes, every byte in
// place, then end of file, and only then waits (on Linux the two run
// side by side). One write of 3 MiB at once, too. Non-blocking
// writes to a pipe nobody drains stop at Linux's 64 KiB: EAGAIN after 16
// writes of 4096, and a write bigger than what is left gets what fits.
#include "sys.h"
#include "out.h"

#define SIZE ((5L << 20) + 3)

static int fd[2];
static unsigned char buf[3 << 20];

static unsigned char byte(long i) { return (unsigned char)(i * 7 + (i >> 12)); }

static int writer(void)
{
	long i = 0, step = 1;
	sys_close(fd[0]);
	while (i < SIZE) {
		long n = SIZE - i < step ? SIZE - i : step;
		for (long k = 0; k < n; k++)
			buf[k] = byte(i + k);
		if (sys_write(fd[1], buf, n) != n)
			return 1;
		i += n;
		step = step * 3 + 1;
		if (step > 300000)
			step = 1;
	}
	return 0;
}

static int one_write(void)
{
	for (long k = 0; k < (long)sizeof buf; k++)
		buf[k] = byte(k);
	return sys_write(fd[1], buf, sizeof buf) == sizeof buf ? 0 : 1;
}

static int read_all(long want, long step0)
{
	long i = 0, n, step = step0, bad = 0;
	while ((n = sys_read(fd[0], buf, step)) > 0) {
		for (long k = 0; k < n; k++)
			bad += buf[k] != byte(i + k);
		i += n;
		step = step * 5 % 100003 + 1;
	}
	expect(n, 0, "end of file");
	expect(i, want, "bytes read");
	return expect(bad, 0, "bytes out of place");
}

/* fn in a child writing to the pipe, the parent reading what it wrote
 * step0 bytes at a time first; then the child's status. */
static void transfer(int (*fn)(void), long want, long step0, const char *what)
{
	int status;
	sys_pipe(fd);
	long pid = sys_fork();
	if (pid == 0)
		sys_exit(fn());
	sys_close(fd[1]);
	read_all(want, step0);
	sys_close(fd[0]);
	sys_wait4((int)pid, &status, 0, 0);
	expect(status, 0, what);
}

int main(void)
{
	long n, w;

	transfer(writer, SIZE, 777, "the writer wrote 5 MiB + 3 and ended");
	transfer(one_write, sizeof buf, 65536, "one write of 3 MiB");

	syscall(SYS_pipe2, fd, (long)O_NONBLOCK);
	for (n = 0; (w = sys_write(fd[1], buf, 4096)) == 4096; n++)
		;
	expect(n, 16, "non-blocking writes of 4096 that fit");
	expect(w, -EAGAIN, "then EAGAIN");
	expect(sys_read(fd[0], buf, 10000), 10000, "read 10000");
	expect(sys_write(fd[1], buf, 20000), 8192, "a write of 20000 gets the two free pages");
	sys_close(fd[0]);
	sys_close(fd[1]);
	syscall(SYS_pipe2, fd, (long)O_NONBLOCK);
	expect(sys_write(fd[1], buf, 100000), 65536, "one non-blocking write of 100000: 64 KiB");
	expect(sys_write(fd[1], buf, 1), -EAGAIN, "full");
	return done(0);
}

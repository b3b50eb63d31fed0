// Making pipes until the fd table is full: 510 pipes take fds 3 to 1022;
// with one fd left, pipe2 says EMFILE and takes nothing; closing two makes
// room for one more pipe, at those two fds. As Linux with 1024 fds.
#include "out.h"
#include "sys.h"

int main(void)
{
	int fd[2];
	long n = 0, r;
	while ((r = sys_pipe(fd)) == 0)
		n++;
	show("pipes", n);
	expect(r, -EMFILE, "then EMFILE");
	long last = sys_open("f", O_RDONLY | O_CREAT, 0644);
	expect(last, 1023, "the one fd left is still free");
	expect(sys_pipe(fd), -EMFILE, "none left: EMFILE");
	sys_close(100);
	expect(sys_pipe(fd), -EMFILE, "one free fd is not enough");
	sys_close(700);
	expect(sys_pipe(fd), 0, "two are");
	expect(fd[0], 100, "read end on 100");
	expect(fd[1], 700, "write end on 700");
	expect(sys_write(700, "ok", 2), 2, "and it works");
	char buf[2];
	expect(sys_read(100, buf, 2), 2, "both ways");
	for (int i = 3; i < 1024; i++)
		sys_close(i);
	expect(sys_pipe(fd), 0, "all closed: a pipe again");
	expect(fd[0], 3, "on 3");
	return done(0);
}

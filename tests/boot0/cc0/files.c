/* files: open, write, close and read back files; the runner compares
 * the files left behind too */
#include "t.h"

int main(void)
{
	char buf[100];
	int fd, n, i;
	fd = open("out.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		return 1;
	write(fd, "first line\n", 11);
	for (i = 0; i < 3; i++)
		write(fd, "abc\n", 4);
	close(fd);
	fd = open("out.txt", O_RDONLY, 0);
	n = read(fd, buf, sizeof buf);
	close(fd);
	say("read", n);
	write(1, buf, n);
	fd = open("out.txt", O_WRONLY | O_APPEND, 0);
	write(fd, "appended\n", 9);
	close(fd);
	fd = open("bin.dat", O_RDWR | O_CREAT | O_TRUNC, 0600);
	for (i = 0; i < 256; i++) {
		buf[0] = i;
		write(fd, buf, 1);
	}
	close(fd);
	say("missing", open("no/such/file", O_RDONLY, 0));
	say("bad_fd", read(99, buf, 1));
	say("close_bad", close(99));
	return 0;
}

/* syscalls N: N one-byte writes to a file, N one-byte reads back, and N
 * brk(0): the calls early bootstrap tools make most. */
#include "out.h"
#include "sys.h"

int main(int argc, char **argv)
{
	if (argc != 2)
		return 2;
	long n = parse_num(argv[1]);
	char c = 'x';
	int fd = sys_open("bytes", O_RDWR | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		return 3;
	for (long i = 0; i < n; i++)
		if (sys_write(fd, &c, 1) != 1)
			return 4;
	sys_lseek(fd, 0, SEEK_SET);
	for (long i = 0; i < n; i++)
		if (sys_read(fd, &c, 1) != 1)
			return 5;
	for (long i = 0; i < n; i++)
		sys_brk(0);
	sys_close(fd);
	sys_unlink("bytes");
	return 0;
}

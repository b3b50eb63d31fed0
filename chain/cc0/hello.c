/* The first program cc0 compiles in the chain's one boot (chain/boot0.steps):
 * it greets on stdout and writes its name to hello0.out. */
#include "lib0.h"

int main(int argc, char **argv)
{
	char *msg = "hello from cc0\n";
	int fd = open("hello0.out", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		return 1;
	if (write(fd, argv[0], strlen(argv[0])) < 0 || write(fd, "\n", 1) != 1)
		return 1;
	close(fd);
	write(1, msg, strlen(msg));
	return argc == 1 ? 0 : 2;
}

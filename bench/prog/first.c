/* bench/boot: says one byte at once, so the host can time the first
 * instruction; then writes MB MiB to a file for the output archive. */
#include "out.h"
#include "sys.h"

static char block[1 << 20];

int main(int argc, char **argv)
{
	sys_write(1, "!", 1);
	long mb = argc > 1 ? parse_num(argv[1]) : 0;
	if (mb == 0)
		return 0;
	for (unsigned i = 0; i < sizeof block; i++)
		block[i] = (char)(i * 7);
	int fd = sys_open("out.bin", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	for (long i = 0; i < mb; i++)
		if (sys_write(fd, block, sizeof block) != sizeof block)
			return 3;
	return 0;
}

// cat_file NAME: prints a file (a helper of tests/adversarial/initramfs).
// drivers: seed
#include "sys.h"

int main(int argc, char **argv)
{
	char buf[4096];
	if (argc < 2)
		return 0;
	int fd = sys_open(argv[1], O_RDONLY, 0);
	if (fd < 0)
		return 1;
	long n;
	while ((n = sys_read(fd, buf, sizeof buf)) > 0)
		sys_write(1, buf, n);
	return 0;
}

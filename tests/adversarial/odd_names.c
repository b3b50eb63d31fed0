// Files whose names have spaces, newlines and 255 bytes, an empty file
// and a 5 MiB file all leave the machine as they are.
#include "out.h"
#include "sys.h"

static char block[5 << 20];

static void make(const char *name, const char *data, long n)
{
	int fd = sys_open(name, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	check(fd >= 0 && sys_write(fd, data, n) == n && sys_close(fd) == 0, name);
}

int main(void)
{
	char long_name[256];
	for (int i = 0; i < 255; i++)
		long_name[i] = (char)('a' + i % 26);
	long_name[255] = 0;
	make("with space", "1", 1);
	make("new\nline", "2", 1);
	make(" lead and trail ", "3", 1);
	make(long_name, "4", 1);
	make("empty", "", 0);
	for (long i = 0; i < (long)sizeof block; i++)
		block[i] = (char)(i * 13 + i / 4096);
	make("five_mib", block, sizeof block);
	return done(0);
}

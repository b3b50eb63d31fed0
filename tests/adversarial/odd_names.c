// Files whose names have spaces, newlines and 255 bytes, an empty file
// and a 5 MiB file all leave the machine as they are. A name of 256
// bytes is ENAMETOOLONG, as on Linux, so no file the host cannot write
// is ever made.
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
	char too_long[258];
	for (int i = 0; i < 256; i++)
		too_long[i] = (char)('a' + i % 26);
	too_long[256] = 0;
	expect(sys_open(too_long, O_WRONLY | O_CREAT | O_TRUNC, 0644), -ENAMETOOLONG,
	       "a 256-byte name is too long");
	too_long[0] = 'Z'; /* not the 255-byte file made above */
	too_long[255] = '/';
	too_long[256] = 'x';
	too_long[257] = 0;
	expect(sys_open(too_long, O_RDONLY, 0), -ENOENT, "a 255-byte directory that does not exist");
	for (long i = 0; i < (long)sizeof block; i++)
		block[i] = (char)(i * 13 + i / 4096);
	make("five_mib", block, sizeof block);
	return done(0);
}

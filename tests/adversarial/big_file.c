// A 256 MiB file written in 1 MiB blocks and read back; a file written
// before it is intact after, and both leave the machine.
#include "out.h"
#include "sys.h"

static char block[1 << 20];

static unsigned long sum(const char *p, long n)
{
	unsigned long s = 0;
	for (long i = 0; i < n; i++)
		s = s * 31 + (unsigned char)p[i];
	return s;
}

int main(void)
{
	int small = sys_open("small.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	expect(sys_write(small, "before\n", 7), 7, "small file");
	sys_close(small);
	int fd = sys_open("big.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
	unsigned long want = 0, got = 0;
	long bad = 0;
	for (int i = 0; i < 256; i++) {
		for (unsigned j = 0; j < sizeof block; j += 4096)
			block[j] = (char)(i + j / 4096);
		want += sum(block, sizeof block);
		bad += sys_write(fd, block, sizeof block) != sizeof block;
	}
	expect(bad, 0, "256 MiB written");
	expect(sys_lseek(fd, 0, SEEK_END), 256L << 20, "size");
	sys_lseek(fd, 0, SEEK_SET);
	for (int i = 0; i < 256; i++) {
		bad += sys_read(fd, block, sizeof block) != sizeof block;
		got += sum(block, sizeof block);
	}
	expect(bad, 0, "256 MiB read");
	check(got == want, "contents");
	char b[16];
	small = sys_open("small.txt", O_RDONLY, 0);
	expect(sys_read(small, b, sizeof b), 7, "small file intact");
	check(memcmp(b, "before\n", 7) == 0, "small file contents");
	return done(0);
}

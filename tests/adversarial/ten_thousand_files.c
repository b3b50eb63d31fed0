// 10,000 files created and written, every one read back, half removed.
#include "out.h"
#include "sys.h"

static void name(char *buf, long i)
{
	buf[0] = 'f';
	fmt_num(buf + 1, i);
}

int main(void)
{
	char n[24], b[24];
	long bad = 0;
	for (long i = 0; i < 10000; i++) {
		name(n, i);
		int fd = sys_open(n, O_WRONLY | O_CREAT | O_EXCL, 0644);
		if (fd < 0 || sys_write(fd, n, strlen(n)) != (long)strlen(n) || sys_close(fd) < 0)
			bad++;
	}
	expect(bad, 0, "10000 created");
	for (long i = 0; i < 10000; i++) {
		name(n, i);
		int fd = sys_open(n, O_RDONLY, 0);
		long len = sys_read(fd, b, sizeof b);
		if (fd < 0 || len != (long)strlen(n) || memcmp(b, n, len) || sys_close(fd) < 0)
			bad++;
	}
	expect(bad, 0, "10000 read back");
	for (long i = 0; i < 10000; i += 2) {
		name(n, i);
		bad += sys_unlink(n) != 0;
	}
	expect(bad, 0, "5000 removed");
	return done(0);
}

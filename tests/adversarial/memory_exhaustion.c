// Using up all memory: brk refuses to grow past what is free (the break
// stays), touching all of it works, then file writes end in ENOSPC with
// the bytes already written kept; giving the heap back makes room again.
// (Under the linux driver this would take the host's memory: seed only.)
// drivers: seed
// mem: 256M
#include "out.h"
#include "sys.h"

static char block[1 << 16];

int main(void)
{
	char *start = (char *)sys_brk(0), *end = start;
	for (;;) {
		char *want = end + (16 << 20);
		if (sys_brk(want) != (long)want)
			break;
		for (char *p = end; p < want; p += 4096)
			*p = 1;
		end = want;
	}
	check(end - start > (128L << 20), "the heap grew by more than 128 MiB before brk refused");
	int fd = sys_open("fill", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	for (unsigned i = 0; i < sizeof block; i++)
		block[i] = (char)i;
	long total = 0, r;
	while ((r = sys_write(fd, block, sizeof block)) > 0)
		total += r;
	expect(r, -28, "writes end in ENOSPC");
	expect(sys_lseek(fd, 0, SEEK_END), total, "what was written is all there");
	sys_brk(start);
	expect(sys_write(fd, block, sizeof block), sizeof block, "after giving the heap back, a write fits");
	sys_close(fd);
	expect(sys_unlink("fill"), 0, "remove the big file");
	return done(0);
}

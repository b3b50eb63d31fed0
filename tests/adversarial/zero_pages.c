// Reading memory never written costs no memory: on a 256 MiB machine a
// program grows its heap by 160 MiB, reads every page of it and hands it
// all to write(2), then does the same with 160 MiB more, which only fits
// if the first 160 MiB took no frames (under the linux driver there is
// memory enough). Written pages then get frames of their own, and zeros
// written to a file are zeros.
// mem: 256M
#include "sys.h"
#include "out.h"

#define MB (1UL << 20)

static long sum_pages(const char *p, unsigned long n)
{
	long sum = 0;
	for (unsigned long i = 0; i < n; i += 4096)
		sum += ((volatile const char *)p)[i];
	return sum;
}

int main(void)
{
	char *heap = (char *)sys_brk(0);
	expect(sys_brk(heap + 160 * MB) == (long)(heap + 160 * MB), 1, "grow the heap by 160 MiB");
	expect(sum_pages(heap, 160 * MB), 0, "every page reads 0");
	expect(sys_write(0, heap, 160 * MB), 160 * MB, "write(2) of it all to fd 0");
	char *more = heap + 160 * MB;
	expect(sys_brk(more + 160 * MB) == (long)(more + 160 * MB), 1, "grow by 160 MiB more");
	expect(sys_write(0, more, 160 * MB), 160 * MB, "write(2) of that too");
	expect(sum_pages(more, 160 * MB), 0, "and its pages read 0");
	for (unsigned long i = 0; i < 64 * MB; i += 4096)
		heap[i] = 1;
	expect(sum_pages(heap, 160 * MB), 64 * MB / 4096, "64 MiB written, a byte a page");
	long fd = sys_open("zeros", O_CREAT | O_WRONLY, 0644);
	expect(sys_write((int)fd, more + 4096, 3 * 4096 + 5), 3 * 4096 + 5, "zeros to a file");
	return done(0);
}

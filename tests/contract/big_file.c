// A 1 MiB file written in odd-sized chunks reads back intact in other
// odd-sized chunks.
#include "sys.h"
#include "out.h"

#define SIZE (1L << 20)

static unsigned char pattern(long i)
{
	return (unsigned char)(i * 7 + (i >> 9) * 13 + (i >> 17));
}

static unsigned char buf[70000];

int main(void)
{
	static const long wsizes[] = { 1, 3, 4093, 4097, 65537, 511, 12289 };
	static const long rsizes[] = { 7, 65535, 2, 8191, 69999, 1025 };
	long fd, off, n, i, r, bad = 0, k = 0;

	fd = sys_open("big.bin", O_CREAT | O_WRONLY | O_TRUNC, 0644);
	for (off = 0; off < SIZE; off += n) {
		n = wsizes[k++ % 7];
		if (n > SIZE - off)
			n = SIZE - off;
		for (i = 0; i < n; i++)
			buf[i] = pattern(off + i);
		r = sys_write(fd, buf, n);
		if (r != n) {
			expect(r, n, "write chunk");
			break;
		}
	}
	show("write calls", k);
	expect(sys_lseek(fd, 0, SEEK_END), SIZE, "size");
	expect(sys_close(fd), 0, "close");

	fd = sys_open("big.bin", O_RDONLY, 0);
	for (off = 0, k = 0; ; off += r) {
		n = rsizes[k++ % 6];
		r = sys_read(fd, buf, n);
		if (r <= 0)
			break;
		for (i = 0; i < r; i++)
			bad += buf[i] != pattern(off + i);
	}
	expect(r, 0, "last read");
	expect(off, SIZE, "bytes read");
	expect(bad, 0, "bytes that differ");
	return done(0);
}

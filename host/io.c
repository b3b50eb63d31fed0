/* io: whole reads and writes on file descriptors, and streaming copies. */
#include <errno.h>
#include <unistd.h>

#include "seed.h"

/* Reads up to n bytes; fewer only at end of file. Returns the count or -1. */
ssize_t read_full(int fd, void *buf, size_t n)
{
	size_t got = 0;
	ssize_t r;

	while (got < n) {
		r = read(fd, (char *)buf + got, n - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			break;
		got += r;
	}
	return got;
}

int write_full(int fd, const void *buf, size_t n)
{
	ssize_t r;

	while (n > 0) {
		r = write(fd, buf, n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		buf = (const char *)buf + r;
		n -= r;
	}
	return 0;
}

/* Copies exactly n bytes in pieces, so files of any size stream through.
 * Returns 0, -1 on an I/O error (errno set), or COPY_SHORT if `from` ended early. */
int copy_data(int from, int to, off_t n)
{
	static char buf[1 << 16];
	size_t want;
	ssize_t got;

	while (n > 0) {
		want = n < (off_t)sizeof buf ? (size_t)n : sizeof buf;
		got = read_full(from, buf, want);
		if (got < 0)
			return -1;
		if (got > 0 && write_full(to, buf, got) < 0)
			return -1;
		if ((size_t)got < want)
			return COPY_SHORT;
		n -= got;
	}
	return 0;
}

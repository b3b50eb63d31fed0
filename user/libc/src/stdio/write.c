/* Writing: fwrite, fputc, fputs, puts. */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "stdio_impl.h"

static int write_all(FILE *f, const unsigned char *p, size_t n)
{
	while (n) {
		ssize_t k = write(f->fd, p, n);
		if (k <= 0) {
			f->flags |= F_ERR;
			return -1;
		}
		p += k;
		n -= k;
	}
	return 0;
}

/* Append n bytes to f's buffer, writing it out when full; 0 or -1. */
static int buffered(FILE *f, const void *data, size_t n)
{
	if (__stdio_buffer(f))
		return -1;
	if (!f->wpos)
		f->wpos = f->buf;
	if (n > f->size - (size_t)(f->wpos - f->buf)) {
		if (__stdio_flush(f))
			return -1;
		if (n >= f->size)
			return write_all(f, data, n);
		f->wpos = f->buf;
	}
	memcpy(f->wpos, data, n);
	f->wpos += n;
	return 0;
}

/* Write n bytes to f as its buffering says: unbuffered at once, line
 * buffered up to the last newline at once (the rest waits, as in
 * glibc), fully buffered when the buffer fills. 0 or -1. */
static int put(FILE *f, const void *data, size_t n)
{
	if (!(f->flags & F_WRITE)) {
		f->flags |= F_ERR;
		errno = EBADF;
		return -1;
	}
	if (f->rpos && __stdio_flush(f))
		return -1;
	if (f->flags & F_NOBUF)
		return write_all(f, data, n);
	if (f->flags & F_LINEBUF) {
		const char *nl = memrchr(data, '\n', n);
		if (nl) {
			size_t head = (size_t)(nl - (const char *)data) + 1;
			if (buffered(f, data, head) || __stdio_flush(f))
				return -1;
			data = nl + 1;
			n -= head;
		}
	}
	return buffered(f, data, n);
}

size_t fwrite(const void *buf, size_t size, size_t n, FILE *f)
{
	if (!size || !n)
		return 0;
	if (n > (size_t)-1 / size) {
		f->flags |= F_ERR;
		errno = EOVERFLOW;
		return 0;
	}
	return put(f, buf, size * n) ? 0 : n;
}

int fputc(int c, FILE *f)
{
	unsigned char b = (unsigned char)c;

	if (f->wpos && f->wpos < f->buf + f->size && !(f->flags & F_LINEBUF)) {
		*f->wpos++ = b;
		return b;
	}
	return put(f, &b, 1) ? EOF : b;
}

int putc(int c, FILE *f)
{
	return fputc(c, f);
}

int putchar(int c)
{
	return fputc(c, stdout);
}

int fputs(const char *s, FILE *f)
{
	return put(f, s, strlen(s)) ? EOF : 0;
}

int puts(const char *s)
{
	if (fputs(s, stdout) == EOF || fputc('\n', stdout) == EOF)
		return EOF;
	return 0;
}

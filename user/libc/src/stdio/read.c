/* Reading: fill, fread, fgetc, fgets, ungetc. */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "stdio_impl.h"

/* Start reading if f was writing; a buffer even for unbuffered streams,
 * which only changes how they write. */
static int start_read(FILE *f)
{
	if (!(f->flags & F_READ)) {
		f->flags |= F_ERR;
		errno = EBADF;
		return -1;
	}
	if (f->wpos && __stdio_flush(f))
		return -1;
	if (__stdio_buffer(f))
		return -1;
	if (!f->rpos)
		f->rpos = f->rend = f->buf + UNGET;
	return 0;
}

int __stdio_fill(FILE *f)
{
	ssize_t n;

	if (start_read(f))
		return EOF;
	n = read(f->fd, f->buf + UNGET, f->size);
	if (n <= 0) {
		f->flags |= n ? F_ERR : F_EOF;
		f->rpos = f->rend = f->buf + UNGET;
		return EOF;
	}
	f->rpos = f->buf + UNGET;
	f->rend = f->rpos + n;
	return *f->rpos++;
}

int fgetc(FILE *f)
{
	if (f->rpos && f->rpos < f->rend)
		return *f->rpos++;
	return __stdio_fill(f);
}

int getc(FILE *f)
{
	return fgetc(f);
}

int getchar(void)
{
	return fgetc(stdin);
}

int ungetc(int c, FILE *f)
{
	if (c == EOF || start_read(f))
		return EOF;
	if (f->rpos == f->buf)
		return EOF;
	*--f->rpos = (unsigned char)c;
	f->flags &= ~F_EOF;
	return (unsigned char)c;
}

size_t fread(void *buf, size_t size, size_t n, FILE *f)
{
	unsigned char *d = buf;
	size_t want, left;

	if (!size || !n)
		return 0;
	if (n > (size_t)-1 / size) {
		f->flags |= F_ERR;
		errno = EOVERFLOW;
		return 0;
	}
	want = left = size * n;
	if (start_read(f))
		return 0;
	while (left) {
		size_t have = f->rend - f->rpos;
		if (have) {
			if (have > left)
				have = left;
			memcpy(d, f->rpos, have);
			f->rpos += have;
			d += have;
			left -= have;
		} else if (left >= f->size) {
			ssize_t k = read(f->fd, d, left);
			if (k <= 0) {
				f->flags |= k ? F_ERR : F_EOF;
				break;
			}
			d += k;
			left -= k;
		} else {
			int c = __stdio_fill(f);
			if (c == EOF)
				break;
			*d++ = (unsigned char)c;
			left--;
		}
	}
	return (want - left) / size;
}

char *fgets(char *s, int n, FILE *f)
{
	char *p = s;

	if (n <= 0)
		return NULL;
	if (n == 1) {
		*s = 0;
		return s;
	}
	while (--n > 0) {
		int c = fgetc(f);
		if (c == EOF)
			break;
		*p++ = (char)c;
		if (c == '\n')
			break;
	}
	if (p == s)
		return NULL;
	*p = 0;
	return s;
}

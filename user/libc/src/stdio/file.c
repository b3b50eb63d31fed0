/* The standard streams, the list of open streams, buffers and flushing. */
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include "libc.h"
#include "stdio_impl.h"

static unsigned char inbuf[BUFSIZ + UNGET], outbuf[BUFSIZ + UNGET];
/* stdout is fully buffered (written at exit, at fflush, or when full);
 * stderr is unbuffered. */
static FILE files[3] = {
	{ 0, F_READ, inbuf, BUFSIZ, NULL, NULL, NULL, &files[1] },
	{ 1, F_WRITE, outbuf, BUFSIZ, NULL, NULL, NULL, &files[2] },
	{ 2, F_WRITE | F_NOBUF, NULL, 0, NULL, NULL, NULL, NULL },
};
FILE *const stdin = &files[0];
FILE *const stdout = &files[1];
FILE *const stderr = &files[2];
FILE *__stdio_files = &files[0];

int __stdio_buffer(FILE *f)
{
	if (f->buf)
		return 0;
	f->buf = malloc(BUFSIZ + UNGET);
	if (!f->buf)
		return -1;
	f->size = BUFSIZ;
	f->flags |= F_OWNBUF;
	return 0;
}

FILE *__stdio_new(int fd, int flags)
{
	FILE *f = calloc(1, sizeof *f);

	if (!f)
		return NULL;
	f->fd = fd;
	f->flags = flags | F_FREE;
	f->next = __stdio_files;
	__stdio_files = f;
	return f;
}

int __stdio_flush(FILE *f)
{
	if (f->wpos) {
		unsigned char *p = f->buf;
		while (p < f->wpos) {
			ssize_t n = write(f->fd, p, f->wpos - p);
			if (n <= 0) {
				f->flags |= F_ERR;
				f->wpos = NULL;
				return EOF;
			}
			p += n;
		}
		f->wpos = NULL;
	}
	if (f->rpos) {
		/* Give back what was read ahead, so the descriptor's offset is
		 * where the program thinks it is. */
		if (f->rend > f->rpos)
			lseek(f->fd, -(off_t)(f->rend - f->rpos), SEEK_CUR);
		f->rpos = f->rend = NULL;
	}
	return 0;
}

int fflush(FILE *f)
{
	int r = 0;

	if (f)
		return __stdio_flush(f);
	for (f = __stdio_files; f; f = f->next)
		if (f->wpos && __stdio_flush(f))
			r = EOF;
	return r;
}

void __stdio_flush_all(void)
{
	fflush(NULL);
}

/* A program that tcc runs in memory (tcc -run) carries its own copy of
 * this library, whose exit() is not called when main returns: tcc runs
 * the program's .fini_array instead. Flushing from there too keeps what
 * it printed. (After exit() it is a second, empty flush.) */
__attribute__((destructor)) static void flush_at_fini(void)
{
	__stdio_flush_all();
}

int fileno(FILE *f)
{
	return f->fd;
}

int setvbuf(FILE *f, char *buf, int mode, size_t size)
{
	if (f->rpos || f->wpos)
		return -1;
	if (f->flags & F_OWNBUF)
		free(f->buf);
	f->flags &= ~(F_NOBUF | F_LINEBUF | F_OWNBUF);
	f->buf = NULL;
	f->size = 0;
	if (mode == _IONBF) {
		f->flags |= F_NOBUF;
		return 0;
	}
	if (mode == _IOLBF)
		f->flags |= F_LINEBUF;
	if (buf && size > UNGET) {
		f->buf = (unsigned char *)buf;
		f->size = size - UNGET;
	}
	return 0;
}

void setbuf(FILE *f, char *buf)
{
	setvbuf(f, buf, buf ? _IOFBF : _IONBF, BUFSIZ);
}

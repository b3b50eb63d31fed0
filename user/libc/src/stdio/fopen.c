/* Opening and closing streams. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "stdio_impl.h"

int __stdio_mode(const char *mode)
{
	int flags;

	switch (*mode) {
	case 'r': flags = O_RDONLY; break;
	case 'w': flags = O_WRONLY | O_CREAT | O_TRUNC; break;
	case 'a': flags = O_WRONLY | O_CREAT | O_APPEND; break;
	default: return -1;
	}
	if (strchr(mode, '+'))
		flags = (flags & ~O_ACCMODE) | O_RDWR;
	if (strchr(mode, 'x'))
		flags |= O_EXCL;
	return flags;
}

static int stream_flags(int oflags)
{
	int acc = oflags & O_ACCMODE;
	int flags = 0;

	if (acc != O_WRONLY)
		flags |= F_READ;
	if (acc != O_RDONLY)
		flags |= F_WRITE;
	if (oflags & O_APPEND)
		flags |= F_APPEND;
	return flags;
}

FILE *fopen(const char *path, const char *mode)
{
	int oflags = __stdio_mode(mode);
	int fd;
	FILE *f;

	if (oflags < 0) {
		errno = EINVAL;
		return NULL;
	}
	fd = open(path, oflags, 0666);
	if (fd < 0)
		return NULL;
	f = __stdio_new(fd, stream_flags(oflags));
	if (!f)
		close(fd);
	return f;
}

FILE *fdopen(int fd, const char *mode)
{
	int oflags = __stdio_mode(mode);

	if (oflags < 0) {
		errno = EINVAL;
		return NULL;
	}
	return __stdio_new(fd, stream_flags(oflags));
}

/* Flush and close f's descriptor, keeping the FILE object. */
static int close_stream(FILE *f)
{
	int r = __stdio_flush(f);

	if (close(f->fd) < 0)
		r = EOF;
	if (f->flags & F_OWNBUF) {
		free(f->buf);
		f->buf = NULL;
		f->flags &= ~F_OWNBUF;
	}
	return r;
}

int fclose(FILE *f)
{
	int r = close_stream(f);
	FILE **p;

	if (f->flags & F_FREE) {
		for (p = &__stdio_files; *p; p = &(*p)->next)
			if (*p == f) {
				*p = f->next;
				break;
			}
		free(f);
	}
	return r;
}

FILE *freopen(const char *path, const char *mode, FILE *f)
{
	int oflags = __stdio_mode(mode);
	int fd;

	close_stream(f);
	if (oflags < 0 || !path) {
		errno = EINVAL;
		return NULL;
	}
	fd = open(path, oflags, 0666);
	if (fd < 0)
		return NULL;
	f->fd = fd;
	f->flags = (f->flags & (F_FREE | F_NOBUF | F_LINEBUF)) | stream_flags(oflags);
	return f;
}

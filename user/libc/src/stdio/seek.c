/* Position and state: fseek, ftell, rewind, feof, ferror, clearerr. */
#include <errno.h>
#include <unistd.h>
#include "stdio_impl.h"

int fseek(FILE *f, long off, int whence)
{
	if (whence == SEEK_CUR && f->rpos)
		off -= f->rend - f->rpos;
	if (f->wpos && __stdio_flush(f))
		return -1;
	f->rpos = f->rend = NULL;
	if (lseek(f->fd, off, whence) < 0)
		return -1;
	f->flags &= ~F_EOF;
	return 0;
}

long ftell(FILE *f)
{
	off_t pos = lseek(f->fd, 0, SEEK_CUR);

	if (pos < 0)
		return -1;
	if (f->rpos)
		pos -= f->rend - f->rpos;
	if (f->wpos)
		pos += f->wpos - f->buf;
	return pos;
}

void rewind(FILE *f)
{
	fseek(f, 0, SEEK_SET);
	f->flags &= ~F_ERR;
}

int fgetpos(FILE *f, fpos_t *pos)
{
	long p = ftell(f);

	if (p < 0)
		return -1;
	*pos = p;
	return 0;
}

int fsetpos(FILE *f, const fpos_t *pos)
{
	return fseek(f, *pos, SEEK_SET);
}

int feof(FILE *f)
{
	return !!(f->flags & F_EOF);
}

int ferror(FILE *f)
{
	return !!(f->flags & F_ERR);
}

void clearerr(FILE *f)
{
	f->flags &= ~(F_EOF | F_ERR);
}

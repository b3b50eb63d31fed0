/* FILE: a descriptor and one buffer, used either for reading (rpos..rend
 * holds bytes read ahead) or for writing (buf..wpos holds bytes not yet
 * written), never both at once. Reading keeps UNGET bytes free before the
 * data so ungetc always has room. */
#ifndef _STDIO_IMPL_H
#define _STDIO_IMPL_H
#include <stdio.h>

#define F_READ 1   /* opened for reading */
#define F_WRITE 2  /* opened for writing */
#define F_APPEND 4
#define F_EOF 8
#define F_ERR 16
#define F_NOBUF 32 /* unbuffered: writes go straight out */
#define F_LINEBUF 64
#define F_OWNBUF 128 /* buf came from malloc */
#define F_FREE 256 /* the FILE itself came from malloc */

#define UNGET 8

struct __file {
	int fd;
	int flags;
	unsigned char *buf; /* size + UNGET bytes */
	size_t size;
	unsigned char *rpos, *rend; /* read-ahead; both NULL when not reading */
	unsigned char *wpos;        /* end of pending output; NULL when not writing */
	struct __file *next;        /* every open FILE, for exit */
};

int __stdio_flush(FILE *f);      /* write out pending output, drop read-ahead */
int __stdio_fill(FILE *f);       /* read more; the next byte or EOF */
int __stdio_buffer(FILE *f);     /* give f a buffer if it has none */
int __stdio_mode(const char *mode); /* fopen mode to open flags, -1 if bad */
FILE *__stdio_new(int fd, int flags);
extern FILE *__stdio_files;

#endif

/* util.c: memory, growing buffers, files, error messages, rounding and
 * little-endian stores. Memory is never given back: cc1 runs once over a
 * whole program and exits. */
#include "cc1.h"

enum { CHUNK = 1 << 22 };
static char *heap_p;
static long heap_left;

/* n zeroed bytes, aligned to 16 */
void *alloc(long n)
{
	char *p;

	n = (n + 15) & -16;
	if (n > CHUNK / 8 || n > heap_left) {
		p = calloc(1, n > CHUNK / 8 ? n : CHUNK);
		if (!p)
			die("out of memory");
		if (n > CHUNK / 8)
			return p;
		heap_p = p;
		heap_left = CHUNK;
	}
	p = heap_p;
	heap_p += n;
	heap_left -= n;
	return p;
}

/* an array of n elements of size bytes at p, with room for want */
void *grow(void *p, long n, long want, long size)
{
	long cap = 16;
	char *q;

	while (cap < want)
		cap *= 2;
	q = alloc(cap * size);
	if (n)
		memcpy(q, p, n * size);
	return q;
}

char *dupn(char *s, long n)
{
	char *p = alloc(n + 1);

	memcpy(p, s, n);
	return p;
}

char *cat(char *a, char *b)
{
	long n = strlen(a);
	char *p = alloc(n + strlen(b) + 1);

	memcpy(p, a, n);
	memcpy(p + n, b, strlen(b));
	return p;
}

int streq(char *a, char *b)
{
	return strcmp(a, b) == 0;
}

void buf_add(Buf *b, void *p, long n)
{
	if (b->len + n > b->cap) {
		while (b->len + n > b->cap)
			b->cap = b->cap ? b->cap * 2 : 256;
		b->p = realloc(b->p, b->cap);
		if (!b->p)
			die("out of memory");
	}
	if (p)
		memcpy(b->p + b->len, p, n);
	else
		memset(b->p + b->len, 0, n);
	b->len += n;
}

void buf_str(Buf *b, char *s)
{
	buf_add(b, s, strlen(s));
}

void buf_byte(Buf *b, int c)
{
	char ch = c;

	buf_add(b, &ch, 1);
}

void buf_zero(Buf *b, long n)
{
	buf_add(b, 0, n);
}

void buf_align(Buf *b, long a)
{
	buf_zero(b, (a - b->len % a) % a);
}

/* n rounded up to a multiple of a */
long round_up(long n, long a)
{
	return (n + a - 1) / a * a;
}

/* v as n bytes at p, the least significant first */
void put_le(char *p, long v, int n)
{
	int i;

	for (i = 0; i < n; i++)
		p[i] = v >> (i * 8);
}

char *num_str(long v)
{
	char tmp[24];
	int i = 23;
	unsigned long u = v;

	tmp[i] = 0;
	if (v < 0)
		u = -u;
	do {
		tmp[--i] = '0' + u % 10;
		u /= 10;
	} while (u);
	if (v < 0)
		tmp[--i] = '-';
	return dupn(tmp + i, 23 - i);
}

void put(int fd, char *s)
{
	write(fd, s, strlen(s));
}

void error_at(File *f, int line, char *msg)
{
	put(2, "cc1: ");
	if (f) {
		put(2, f->name);
		put(2, ":");
		put(2, num_str(line));
		put(2, ": ");
	}
	put(2, msg);
	put(2, "\n");
	exit(1);
}

void die(char *what)
{
	error_at(0, 0, what);
}

void error_tok(Tok *t, char *msg)
{
	if (!t)
		error_at(0, 0, msg);
	error_at(t->file, t->line, msg);
}

/* the spelling of a token, for messages */
char *tok_str(Tok *t)
{
	if (t->kind == TK_EOF)
		return "end of file";
	return cat(cat("'", dupn(t->s, t->len)), "'");
}

char *read_file(char *path, long *len)
{
	int fd = open(path, O_RDONLY, 0);
	Buf b = {0};
	long n;

	if (fd < 0)
		return 0;
	for (;;) {
		buf_add(&b, 0, 65536);
		b.len -= 65536;
		n = read(fd, b.p + b.len, 65536);
		if (n < 0)
			die(cat(path, ": cannot read"));
		if (n == 0)
			break;
		b.len += n;
	}
	close(fd);
	buf_byte(&b, 0);
	*len = b.len - 1;
	return b.p;
}

int write_file(char *path, char *p, long n, int exe)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, exe ? 493 : 420);
	long w;

	if (fd < 0)
		return -1;
	while (n > 0) {
		w = write(fd, p, n);
		if (w <= 0) {
			close(fd);
			return -1;
		}
		p += w;
		n -= w;
	}
	return close(fd);
}

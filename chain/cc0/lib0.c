/* lib0.c: the C library of C0 programs, in C0, compiled by cc0 together
 * with each program: cc0 -I chain/arch/ARCH -o prog.p1 lib0.c prog.c.
 * System calls go through cc0's __syscall with the arch's numbers
 * (sys.h). malloc keeps free blocks in one list per size class (16 << k
 * bytes); the memory comes from brk and never goes back. */
#include "lib0.h"
#include "sys.h"

/* check(r): a system call's result, -1 for any error (-errno) */
static long check(long r)
{
	if (r < 0 && r > -4096)
		return -1;
	return r;
}

ssize_t read(int fd, void *buf, size_t n)
{
	return check(__syscall(SYS_read, fd, buf, n));
}

ssize_t write(int fd, const void *buf, size_t n)
{
	return check(__syscall(SYS_write, fd, buf, n));
}

int open(const char *path, int flags, int mode)
{
	return check(__syscall(SYS_openat, AT_FDCWD, path, flags, mode));
}

int close(int fd)
{
	return check(__syscall(SYS_close, fd));
}

void _exit(int status)
{
	for (;;)
		__syscall(SYS_exit, status);
}

/* exit(status): nothing is buffered, so this is _exit */
void exit(int status)
{
	_exit(status);
}

/* ---- memory ---- */

/* A block is a header of 16 bytes (its class k in the first word), then
 * 16 << k bytes; a free block's first word is the next free block of its
 * class. */
static char *heap_cur;
static char *heap_end;
static void *free_list[48];

/* more(n): n bytes from brk (n a multiple of 16), or 0 */
static void *more(size_t n)
{
	char *p;
	char *want;
	if (heap_cur == 0) {
		heap_cur = (char *)__syscall(SYS_brk, 0);
		heap_end = heap_cur;
		heap_cur = heap_cur + (-(long)heap_cur & 15);
	}
	if (n > (size_t)(heap_end - heap_cur)) {
		want = heap_cur + n + (1 << 20);
		if ((char *)__syscall(SYS_brk, want) != want)
			return 0;
		heap_end = want;
	}
	p = heap_cur;
	heap_cur = heap_cur + n;
	return p;
}

void *malloc(size_t n)
{
	int k = 0;
	long *h;
	void **p;
	if (n > ((size_t)1 << 40))
		return 0;
	while (((size_t)16 << k) < n)
		k++;
	if (free_list[k]) {
		p = free_list[k];
		free_list[k] = *p;
		return p;
	}
	h = more(((size_t)16 << k) + 16);
	if (h == 0)
		return 0;
	h[0] = k;
	return h + 2;
}

void free(void *p)
{
	long *h;
	if (p == 0)
		return;
	h = (long *)p - 2;
	*(void **)p = free_list[h[0]];
	free_list[h[0]] = p;
}

void *realloc(void *p, size_t n)
{
	size_t old;
	void *q;
	if (p == 0)
		return malloc(n);
	old = (size_t)16 << ((long *)p - 2)[0];
	if (n <= old)
		return p;
	q = malloc(n);
	if (q == 0)
		return 0;
	memcpy(q, p, old);
	free(p);
	return q;
}

void *calloc(size_t n, size_t size)
{
	void *p;
	if (size && n > ((size_t)1 << 40) / size)
		return 0;
	p = malloc(n * size);
	if (p)
		memset(p, 0, n * size);
	return p;
}

/* ---- strings and bytes ---- */

size_t strlen(const char *s)
{
	const char *p = s;
	while (*p)
		p++;
	return p - s;
}

int strcmp(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *(const unsigned char *)a - *(const unsigned char *)b;
}

int strncmp(const char *a, const char *b, size_t n)
{
	for (; n; n--, a++, b++) {
		if (*a != *b)
			return *(const unsigned char *)a - *(const unsigned char *)b;
		if (*a == 0)
			return 0;
	}
	return 0;
}

char *strcpy(char *dst, const char *src)
{
	char *d = dst;
	while ((*d++ = *src++) != 0)
		;
	return dst;
}

char *strchr(const char *s, int c)
{
	for (;; s++) {
		if (*s == (char)c)
			return (char *)s;
		if (*s == 0)
			return 0;
	}
}

void *memcpy(void *dst, const void *src, size_t n)
{
	char *d = dst;
	const char *s = src;
	while (n--)
		*d++ = *s++;
	return dst;
}

void *memset(void *s, int c, size_t n)
{
	char *p = s;
	while (n--)
		*p++ = c;
	return s;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a;
	const unsigned char *q = b;
	for (; n; n--, p++, q++)
		if (*p != *q)
			return *p - *q;
	return 0;
}

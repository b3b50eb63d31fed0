/* malloc, calloc, realloc, free over brk.
 *
 * The heap is one run of chunks from the first break to the current one.
 * Each chunk starts with a 16-byte header: the previous chunk's size
 * (valid only while that chunk is free) and this chunk's size with two
 * flag bits (INUSE, PREV_INUSE). Payloads are 16-byte aligned. Free
 * chunks are never adjacent (free merges neighbours) and sit in one of
 * NBINS doubly linked lists: exact 16-byte classes below 1 KiB, one list
 * per power of two above; a bitmap says which lists are non-empty. The
 * last chunk, top, is the free space up to the break; it grows with brk
 * and takes back any freed chunk that touches it. realloc grows in place
 * into a free neighbour or top when it can.
 *
 * The functions here are the allocator's second names, __libc_malloc and
 * so on; names.c gives it the public ones. A program that brings its own
 * malloc, free, calloc and realloc (tcc's bounds checker, bcheck.o,
 * wraps them) links before libc.a, so names.o is never pulled in and
 * the wrappers reach the allocator here. */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include "libc.h"

struct chunk {
	size_t prev_size;
	size_t size;
	struct chunk *next, *prev; /* free chunks only */
};

#define INUSE 1UL
#define PREV_INUSE 2UL
#define FLAGS 3UL
#define HDR 16UL
#define MINCHUNK 32UL
#define SMALL 1024UL
#define NBINS 128
#define GROW (256 * 1024UL)
#define MAXREQ (SIZE_MAX / 4)

static struct chunk *bins[NBINS];
static uint64_t nonempty[NBINS / 64];
static struct chunk *top;

#define SIZE(c) ((c)->size & ~FLAGS)
#define AT(c, off) ((struct chunk *)((char *)(c) + (off)))

static int bin_of(size_t size)
{
	int i = 0;

	if (size < SMALL)
		return (int)(size / 16);
	while ((size >> i) >= SMALL * 2)
		i++;
	return (int)(SMALL / 16) + i;
}

static void bin_add(struct chunk *c)
{
	int i = bin_of(SIZE(c));

	c->prev = NULL;
	c->next = bins[i];
	if (c->next)
		c->next->prev = c;
	bins[i] = c;
	nonempty[i / 64] |= 1UL << (i % 64);
}

static void bin_remove(struct chunk *c)
{
	int i = bin_of(SIZE(c));

	if (c->prev)
		c->prev->next = c->next;
	else
		bins[i] = c->next;
	if (c->next)
		c->next->prev = c->prev;
	if (!bins[i])
		nonempty[i / 64] &= ~(1UL << (i % 64));
}

/* A free chunk of at least size bytes, taken out of its list, or NULL. */
static struct chunk *bin_take(size_t size)
{
	int i = bin_of(size);
	struct chunk *c;

	for (c = bins[i]; c; c = c->next)
		if (SIZE(c) >= size)
			goto found;
	for (i++; i < NBINS; i++) {
		uint64_t bits = nonempty[i / 64] >> (i % 64);
		if (!bits) {
			i = (i / 64 + 1) * 64 - 1;
			continue;
		}
		while (!(bits & 1))
			bits >>= 1, i++;
		c = bins[i];
		goto found;
	}
	return NULL;
found:
	bin_remove(c);
	return c;
}

/* Make top at least size bytes; 0 on success. */
static int top_grow(size_t size)
{
	size_t have = top ? SIZE(top) : 0;
	size_t more = size - have;
	char *p;

	if (more < GROW)
		more = GROW;
	if (!top) {
		p = sbrk(0);
		if (p == (void *)-1)
			return -1;
		more += (16 - (uintptr_t)p % 16) % 16;
		if (sbrk((long)more) == (void *)-1)
			return -1;
		top = (struct chunk *)(p + (16 - (uintptr_t)p % 16) % 16);
		top->size = (more - ((char *)top - p)) | PREV_INUSE;
		return 0;
	}
	if (sbrk((long)more) == (void *)-1)
		return -1;
	top->size += more;
	return 0;
}

static size_t request_size(size_t n)
{
	size_t size = (n + HDR + 15) & ~15UL;

	return size < MINCHUNK ? MINCHUNK : size;
}

/* Mark c (of SIZE(c) bytes) in use and tell its successor. */
static void set_inuse(struct chunk *c)
{
	c->size |= INUSE;
	AT(c, SIZE(c))->size |= PREV_INUSE;
}

/* Put c, a chunk not in any list, back as free space, merging it with
 * free neighbours and with top. */
static void release(struct chunk *c)
{
	size_t size = SIZE(c);
	struct chunk *next = AT(c, size);

	if (!(c->size & PREV_INUSE)) {
		struct chunk *prev = AT(c, -(long)c->prev_size);
		bin_remove(prev);
		size += SIZE(prev);
		c = prev;
	}
	if (next == top) {
		c->size = (size + SIZE(top)) | PREV_INUSE;
		top = c;
		return;
	}
	if (!(next->size & INUSE)) {
		bin_remove(next);
		size += SIZE(next);
	}
	c->size = size | PREV_INUSE;
	next = AT(c, size);
	next->prev_size = size;
	next->size &= ~PREV_INUSE;
	bin_add(c);
}

/* Cut c down to size bytes if the rest makes a chunk; c stays in use. */
static void trim(struct chunk *c, size_t size)
{
	size_t rest = SIZE(c) - size;
	struct chunk *r;

	if (rest < MINCHUNK)
		return;
	c->size = size | (c->size & FLAGS);
	r = AT(c, size);
	r->size = rest | INUSE | PREV_INUSE;
	release(r);
}

void *__libc_malloc(size_t n)
{
	size_t size;
	struct chunk *c;

	if (n > MAXREQ) {
		errno = ENOMEM;
		return NULL;
	}
	size = request_size(n);
	c = bin_take(size);
	if (c) {
		set_inuse(c);
		trim(c, size);
		return (char *)c + HDR;
	}
	if ((!top || SIZE(top) < size + MINCHUNK) && top_grow(size + MINCHUNK) < 0) {
		errno = ENOMEM;
		return NULL;
	}
	c = top;
	top = AT(c, size);
	top->size = (SIZE(c) - size) | PREV_INUSE;
	c->size = size | INUSE | (c->size & PREV_INUSE);
	return (char *)c + HDR;
}

void __libc_free(void *p)
{
	struct chunk *c;

	if (!p)
		return;
	c = (struct chunk *)((char *)p - HDR);
	c->size &= ~INUSE;
	release(c);
}

void *__libc_calloc(size_t n, size_t size)
{
	void *p;

	if (size && n > MAXREQ / size) {
		errno = ENOMEM;
		return NULL;
	}
	p = __libc_malloc(n * size);
	if (p)
		memset(p, 0, n * size);
	return p;
}

void *__libc_realloc(void *p, size_t n)
{
	struct chunk *c, *next;
	size_t size, have;
	void *q;

	if (!p)
		return __libc_malloc(n);
	if (n > MAXREQ) {
		errno = ENOMEM;
		return NULL;
	}
	c = (struct chunk *)((char *)p - HDR);
	size = request_size(n);
	have = SIZE(c);
	if (have >= size) {
		trim(c, size);
		return p;
	}
	next = AT(c, have);
	if (next == top && (have + SIZE(top) >= size + MINCHUNK ||
			    top_grow(size + MINCHUNK - have) == 0)) {
		size_t rest = have + SIZE(top) - size;
		c->size = size | (c->size & FLAGS);
		top = AT(c, size);
		top->size = rest | PREV_INUSE;
		return p;
	}
	if (next != top && !(next->size & INUSE) && have + SIZE(next) >= size) {
		bin_remove(next);
		c->size += SIZE(next);
		set_inuse(c);
		trim(c, size);
		return p;
	}
	q = __libc_malloc(n);
	if (!q)
		return NULL;
	memcpy(q, p, have - HDR);
	__libc_free(p);
	return q;
}

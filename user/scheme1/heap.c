/* The heap: bump allocation in chunks and a copying collector (Cheney).
 *
 * Allocation never collects; it sets gc_due once enough has been
 * allocated. The VM then calls gc_collect at its next procedure call,
 * where every live object is reachable from the VM stack, its registers,
 * the symbol table, code block constants or the compiler's symbols; only then
 * is everything live copied into fresh chunks and the old ones freed.
 */
#include <stdlib.h>
#include <string.h>
#include "scheme1.h"

#define CHUNK_WORDS (256 * 1024)
#define MIN_THRESHOLD (4 * 1024 * 1024) /* words allocated between collections */

struct chunk {
	obj *start, *used, *limit;
};

static struct chunk *chunks;
static int nchunks, chunkcap;
obj *heap_next, *heap_limit; /* free space in the last chunk */
static size_t allocated;  /* words in full chunks, live data of the last collection included */
static size_t threshold = MIN_THRESHOLD;
int gc_due;               /* set when a collection should run */

/* Chunks of CHUNK_WORDS freed by a collection, kept for reuse: fresh
 * memory costs page faults (in the emulator, too). */
static obj **pool;
static int npool, poolcap;

static struct code **codes;
static int ncodes, codecap;

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		fail_oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		fail_oom();
	return p;
}

/* xgrow: array p of *cap elements of size bytes, n of them used, with
 * room for one more */
void *xgrow(void *p, int n, int *cap, size_t size)
{
	if (n < *cap)
		return p;
	*cap = *cap ? 2 * *cap : 16;
	return xrealloc(p, (size_t)*cap * size);
}

static void new_chunk(size_t words)
{
	struct chunk *c;
	if (words < CHUNK_WORDS)
		words = CHUNK_WORDS;
	if (nchunks > 0) {
		chunks[nchunks - 1].used = heap_next;
		allocated += (size_t)(heap_next - chunks[nchunks - 1].start);
		if (allocated >= threshold)
			gc_due = 1;
	}
	chunks = xgrow(chunks, nchunks, &chunkcap, sizeof *chunks);
	c = &chunks[nchunks++];
	if (words == CHUNK_WORDS && npool > 0)
		c->start = pool[--npool];
	else
		c->start = xmalloc(words * sizeof(obj));
	c->used = c->start;
	c->limit = c->start + words;
	heap_next = c->start;
	heap_limit = c->limit;
}

/* heap_words_slow: heap_words when the last chunk is full */
obj *heap_words_slow(size_t n)
{
	new_chunk(n);
	return heap_words(n);
}


obj alloc(int type, size_t words)
{
	obj *p;
	size_t i;
	if (words > ((size_t)1 << 50))
		fail_oom();
	p = heap_words(words + 1);
	p[0] = (obj)type | ((obj)words << 8);
	for (i = 1; i <= words; i++)
		p[i] = NIL;
	return (obj)p;
}

obj make_bytes(size_t len, int is_string)
{
	size_t words = 1 + (len + sizeof(obj) - 1) / sizeof(obj);
	obj o = alloc(T_BYTES, words);
	if (is_string)
		HDR(o) |= BYTES_STRING;
	FIELD(o, 0) = (obj)len;
	memset(BYTES_DATA(o), 0, (words - 1) * sizeof(obj));
	return o;
}

obj make_string_n(const char *s, size_t n)
{
	obj o = make_bytes(n, 1);
	if (n > 0)
		memcpy(BYTES_DATA(o), s, n);
	return o;
}

obj make_string(const char *s)
{
	return make_string_n(s, strlen(s));
}

/* make_boxed_int: make_int for integers too wide for a fixnum */
obj make_boxed_int(int64_t v)
{
	obj o = alloc(T_INT, 1);
	FIELD(o, 0) = (obj)(uint64_t)v;
	return o;
}

void gc_add_code(struct code *c)
{
	codes = xgrow(codes, ncodes, &codecap, sizeof *codes);
	codes[ncodes++] = c;
}

static size_t object_words(obj o)
{
	return (size_t)(HDR(o) >> 8) + 1;
}

/* visit: copy the object *p points at, once, and update *p */
static void visit(obj *p)
{
	obj o = *p, *to;
	size_t n;
	if (!IS_PTR(o))
		return;
	if (TYPE(o) == T_FORWARD) {
		*p = FIELD(o, 0);
		return;
	}
	n = object_words(o);
	to = heap_words(n);
	memcpy(to, (obj *)o, n * sizeof(obj));
	HDR(o) = T_FORWARD | (HDR(o) & ~(obj)0xff);
	FIELD(o, 0) = (obj)to;
	*p = (obj)to;
}

static void scan_object(obj *o)
{
	size_t i, n = (size_t)(o[0] >> 8);
	int t = (int)(o[0] & 0x0f);
	if (t == T_INT || t == T_BYTES)
		return;
	for (i = 1; i <= n; i++)
		visit(&o[i]);
}

void gc_collect(obj *stack, size_t sp, obj *acc, obj *env)
{
	struct chunk *old = chunks;
	int nold = nchunks, i, ci;
	size_t k, live;
	obj *scan;

	chunks = NULL;
	nchunks = chunkcap = 0;
	heap_next = heap_limit = NULL;
	allocated = 0;
	for (k = 0; k < sp; k++)
		visit(&stack[k]);
	visit(acc);
	visit(env);
	for (i = 0; i < NSYMS; i++)
		visit(&syms[i]);
	for (i = 0; i < ncodes; i++) {
		visit(&codes[i]->name);
		for (ci = 0; ci < codes[i]->nconsts; ci++)
			visit(&codes[i]->consts[ci]);
	}
	symbols_mark(visit);
	/* Cheney scan: chunks may be added while scanning; the last one
	 * fills up to heap_next. */
	for (ci = 0; ci < nchunks; ci++) {
		scan = chunks[ci].start;
		while (scan < (ci == nchunks - 1 ? heap_next : chunks[ci].used)) {
			scan_object(scan);
			scan += (size_t)(scan[0] >> 8) + 1;
		}
	}
	for (i = 0; i < nold; i++) {
		if (old[i].limit - old[i].start == CHUNK_WORDS &&
		    (size_t)npool * CHUNK_WORDS < threshold) {
			pool = xgrow(pool, npool, &poolcap, sizeof *pool);
			pool[npool++] = old[i].start;
		} else {
			free(old[i].start);
		}
	}
	free(old);
	live = allocated + (nchunks ? (size_t)(heap_next - chunks[nchunks - 1].start) : 0);
	threshold = 2 * live;
	if (threshold < MIN_THRESHOLD)
		threshold = MIN_THRESHOLD;
	allocated = live;
	gc_due = allocated >= threshold;
}


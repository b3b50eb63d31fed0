/* Physical memory. A buddy allocator hands out blocks of 2^order frames;
 * one tag byte per frame marks the head of a free block and its order,
 * so a freed block finds and merges with its buddy in O(orders). Small
 * kernel objects come from power-of-two slabs carved out of frames. */
#include "page.h"
#include "arch.h"
#include "lib.h"
#include "output.h"

#define MAX_ORDER 21            /* largest block: 2^20 frames, 4 GiB */
#define TAG_FREE 0x80

struct freeblk {
	struct freeblk *next, *prev;
};

static u64 base, nframes, nfree;
static u8 *tag;
static u16 *extra;      /* references beyond the first, per frame */
static struct freeblk freelist[MAX_ORDER];

static void list_push(int order, u64 frame)
{
	struct freeblk *b = P2V(base + (frame << PAGE_SHIFT)), *h = &freelist[order];
	b->next = h->next;
	b->prev = h;
	h->next->prev = b;
	h->next = b;
	tag[frame] = TAG_FREE | order;
}

static void list_remove(struct freeblk *b)
{
	b->prev->next = b->next;
	b->next->prev = b->prev;
}

static u64 frame_of(struct freeblk *b) { return (V2P(b) - base) >> PAGE_SHIFT; }

static void free_block(u64 frame, int order)
{
	nfree += 1UL << order;
	while (order < MAX_ORDER - 1) {
		u64 buddy = frame ^ (1UL << order);
		if (buddy + (1UL << order) > nframes || tag[buddy] != (TAG_FREE | order))
			break;
		list_remove(P2V(base + (buddy << PAGE_SHIFT)));
		tag[buddy] = 0;
		if (buddy < frame)
			frame = buddy;
		order++;
	}
	list_push(order, frame);
}

/* Frames [lo, hi) become free, as the largest aligned blocks that fit. */
static void free_frames(u64 lo, u64 hi)
{
	while (lo < hi) {
		int order = 0;
		while (order < MAX_ORDER - 1 && !(lo & (1UL << order)) &&
		       lo + (2UL << order) <= hi)
			order++;
		free_block(lo, order);
		lo += 1UL << order;
	}
}

void page_release(u64 lo, u64 hi)
{
	lo = PAGE_UP(lo);
	hi = PAGE_DOWN(hi);
	if (lo < base)
		lo = base;
	if (hi > base + (nframes << PAGE_SHIFT))
		hi = base + (nframes << PAGE_SHIFT);
	if (lo < hi)
		free_frames((lo - base) >> PAGE_SHIFT, (hi - base) >> PAGE_SHIFT);
}

/* Releases [lo, hi) but for the n ranges of reserved. */
static void release_gaps(u64 lo, u64 hi, const u64 (*reserved)[2], int n)
{
	if (lo >= hi)
		return;
	if (n == 0) {
		page_release(lo, hi);
		return;
	}
	release_gaps(lo, hi < reserved[0][0] ? hi : reserved[0][0], reserved + 1, n - 1);
	release_gaps(lo > reserved[0][1] ? lo : reserved[0][1], hi, reserved + 1, n - 1);
}

/* The tag array goes right after the first reserved range (the
 * kernel's). Every range in reserved stays in use until page_release. */
void page_init(u64 ram_lo, u64 ram_hi, const u64 (*reserved)[2], int nreserved)
{
	base = ram_lo;
	nframes = (ram_hi - ram_lo) >> PAGE_SHIFT;
	for (int i = 0; i < MAX_ORDER; i++)
		freelist[i].next = freelist[i].prev = &freelist[i];
	u64 tag_lo = PAGE_UP(reserved[0][1]);
	u64 tag_hi = PAGE_UP(tag_lo + nframes + nframes * sizeof *extra);
	for (int i = 1; i < nreserved; i++)
		if (reserved[i][0] < tag_hi && reserved[i][1] > tag_lo)
			panic("memory map: boot data overlaps the kernel's frame tables");
	tag = P2V(tag_lo);
	memset(tag, 0, nframes);
	extra = (u16 *)(tag + nframes);
	memset(extra, 0, nframes * sizeof *extra);
	release_gaps(tag_hi, ram_hi, reserved + 1, nreserved - 1);
}

u64 pages_alloc(int order)
{
	int o = order;
	while (o < MAX_ORDER && freelist[o].next == &freelist[o])
		o++;
	if (o >= MAX_ORDER)
		return 0;
	struct freeblk *b = freelist[o].next;
	list_remove(b);
	u64 frame = frame_of(b);
	tag[frame] = 0;
	while (o > order) {
		o--;
		list_push(o, frame + (1UL << o));
	}
	nfree -= 1UL << order;
	return base + (frame << PAGE_SHIFT);
}

void pages_free(u64 pa, int order) { free_block((pa - base) >> PAGE_SHIFT, order); }

u64 page_alloc(void) { return pages_alloc(0); }

u64 page_alloc_zeroed(void)
{
	u64 pa = pages_alloc(0);
	if (pa)
		memset(P2V(pa), 0, PAGE_SIZE);
	return pa;
}

void page_free(u64 pa) { pages_free(pa, 0); }

u64 page_free_count(void) { return nfree; }

/* A frame with more than one holder: a file's page that programs run
 * from. Each holder drops its reference with page_unref. */
void page_ref(u64 pa) { extra[(pa - base) >> PAGE_SHIFT]++; }

void page_unref(u64 pa)
{
	u16 *n = &extra[(pa - base) >> PAGE_SHIFT];
	if (*n)
		(*n)--;
	else
		page_free(pa);
}

int page_shared(u64 pa) { return extra[(pa - base) >> PAGE_SHIFT] != 0; }

int page_order(u64 bytes)
{
	int order = 0;
	while ((PAGE_SIZE << order) < bytes)
		order++;
	return order;
}

/* Slabs: size classes 16 .. 2048 bytes. */
#define SLAB_MIN_SHIFT 4
#define SLAB_CLASSES 8

struct slabobj {
	struct slabobj *next;
};

static struct slabobj *slab[SLAB_CLASSES];

static int slab_class(u64 n)
{
	int c = 0;
	while ((1UL << (c + SLAB_MIN_SHIFT)) < n)
		c++;
	return c;
}

void *kalloc(u64 n)
{
	if (n > (1UL << (SLAB_MIN_SHIFT + SLAB_CLASSES - 1))) {
		u64 pa = pages_alloc(page_order(n));
		return pa ? P2V(pa) : NULL;
	}
	int c = slab_class(n);
	if (!slab[c]) {
		u64 pa = page_alloc();
		if (!pa)
			return NULL;
		u64 size = 1UL << (c + SLAB_MIN_SHIFT);
		for (u64 off = 0; off < PAGE_SIZE; off += size) {
			struct slabobj *o = (struct slabobj *)((u8 *)P2V(pa) + off);
			o->next = slab[c];
			slab[c] = o;
		}
	}
	struct slabobj *o = slab[c];
	slab[c] = o->next;
	return o;
}

void *kzalloc(u64 n)
{
	void *p = kalloc(n);
	if (p)
		memset(p, 0, n);
	return p;
}

void kfree(void *p, u64 n)
{
	if (!p)
		return;
	if (n > (1UL << (SLAB_MIN_SHIFT + SLAB_CLASSES - 1))) {
		pages_free(V2P(p), page_order(n));
		return;
	}
	struct slabobj *o = p;
	int c = slab_class(n);
	o->next = slab[c];
	slab[c] = o;
}

/* malloc, calloc, realloc and free under churn: a fixed-seed random mix
 * over many slots, each block filled with a pattern of its own that is
 * checked before every realloc and free. Then: freed memory is reused
 * (the break stops growing), realloc grows in place when the next block
 * is free, and every payload is 16-byte aligned. Prints FAIL lines. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SLOTS 512
#define ROUNDS 30000

static uint64_t state = 0x2545f4914f6cdd1dULL;
static int failures;

static uint64_t next(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

static struct {
	unsigned char *p;
	size_t n;
	unsigned char tag;
} slot[SLOTS];

static void fail(const char *what, long i)
{
	if (failures++ < 10)
		printf("FAIL %s (%ld)\n", what, i);
}

static size_t random_size(void)
{
	switch (next() % 8) {
	case 0: return 0;
	case 1: return next() % 16;
	case 2:
	case 3: return next() % 256;
	case 4:
	case 5: return next() % 4096;
	case 6: return next() % 65536;
	default: return next() % 16 ? next() % 8192 : next() % (1 << 19);
	}
}

static void fill(int i)
{
	for (size_t k = 0; k < slot[i].n; k++)
		slot[i].p[k] = (unsigned char)(slot[i].tag + k * 7);
}

static void check(int i, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (slot[i].p[k] != (unsigned char)(slot[i].tag + k * 7)) {
			fail("content changed", i);
			return;
		}
}

static void churn(void)
{
	for (long r = 0; r < ROUNDS; r++) {
		int i = (int)(next() % SLOTS);
		size_t n = random_size();
		switch (next() % 4) {
		case 0:
		case 1:
			if (slot[i].p) {
				check(i, slot[i].n);
				free(slot[i].p);
			}
			slot[i].p = next() % 2 ? malloc(n) : calloc(1, n);
			if (!slot[i].p) {
				fail("allocation", r);
				slot[i].n = 0;
				break;
			}
			if ((uintptr_t)slot[i].p % 16)
				fail("alignment", r);
			slot[i].n = n;
			slot[i].tag = (unsigned char)next();
			fill(i);
			break;
		case 2:
			if (slot[i].p) {
				unsigned char *q;
				check(i, slot[i].n);
				q = realloc(slot[i].p, n ? n : 1);
				if (!q) {
					fail("realloc", r);
					break;
				}
				slot[i].p = q;
				check(i, slot[i].n < n ? slot[i].n : n);
				slot[i].n = n;
				fill(i);
			}
			break;
		default:
			if (slot[i].p) {
				check(i, slot[i].n);
				free(slot[i].p);
				slot[i].p = NULL;
				slot[i].n = 0;
			}
		}
	}
	for (int i = 0; i < SLOTS; i++) {
		if (slot[i].p)
			check(i, slot[i].n);
		free(slot[i].p);
		slot[i].p = NULL;
		slot[i].n = 0;
	}
}

static void calloc_zeroes(void)
{
	for (int r = 0; r < 100; r++) {
		size_t n = 1 + next() % 5000;
		unsigned char *p = malloc(n);
		memset(p, 0xff, n);
		free(p);
		p = calloc(n, 1);
		for (size_t k = 0; k < n; k++)
			if (p[k]) {
				fail("calloc not zero", r);
				break;
			}
		free(p);
	}
	{
		volatile size_t huge = (size_t)1 << 62;
		if (calloc(huge, 16))
			fail("calloc overflow not refused", 0);
	}
}

int main(void)
{
	char *before, *after;
	void *a, *b, *keep;

	churn();
	/* Everything is free: a second churn must fit in what the first
	 * one left, give or take fragmentation. */
	before = sbrk(0);
	churn();
	after = sbrk(0);
	if (after - before > (long)8 << 20)
		fail("freed memory not reused", (long)(after - before));
	/* realloc into a freed neighbour keeps the address. */
	a = malloc(1000);
	b = malloc(1000);
	keep = malloc(16); /* keeps b off the top */
	free(b);
	b = realloc(a, 1900);
	if (b != a)
		fail("realloc did not grow in place", 0);
	free(b);
	free(keep);
	calloc_zeroes();
	printf("%s\n", failures ? "malloc_churn: failed" : "malloc_churn: ok");
	return failures != 0;
}

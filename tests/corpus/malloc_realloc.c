/* malloc, calloc, realloc and free: results aligned to 16 (max_align_t),
 * calloc zeroes (also memory reused after a free), realloc keeps the old
 * contents when growing and shrinking and when moving, realloc(NULL, n)
 * is malloc, many sizes interleaved with frees keep every block's
 * contents intact, and a large block (past any small-size class). Only
 * alignments and contents are printed, never addresses. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

static unsigned long check(unsigned char *p, size_t n, unsigned seed)
{
	size_t i;
	unsigned long bad = 0;
	for (i = 0; i < n; i++)
		if (p[i] != (unsigned char)(seed + i * 7))
			bad++;
	return bad;
}

static void fill(unsigned char *p, size_t n, unsigned seed)
{
	size_t i;
	for (i = 0; i < n; i++)
		p[i] = (unsigned char)(seed + i * 7);
}

int main(void)
{
	unsigned char *blocks[64];
	size_t sizes[64];
	unsigned long misaligned = 0, bad = 0, nonzero = 0;
	int i, round;
	unsigned char *p;

	for (i = 0; i < 64; i++) {
		sizes[i] = (size_t)(i * i * 13 % 5000 + 1);
		blocks[i] = malloc(sizes[i]);
		misaligned += (uintptr_t)blocks[i] % 16 != 0;
		fill(blocks[i], sizes[i], i);
	}
	for (round = 0; round < 5; round++) {
		for (i = round % 3; i < 64; i += 3) {
			size_t j;
			bad += check(blocks[i], sizes[i], i);
			free(blocks[i]);
			sizes[i] = (size_t)((i + 1) * (round + 3) * 37 % 9000 + 1);
			blocks[i] = calloc(sizes[i], 1);
			misaligned += (uintptr_t)blocks[i] % 16 != 0;
			for (j = 0; j < sizes[i]; j++)
				nonzero += blocks[i][j] != 0;
			fill(blocks[i], sizes[i], i);
		}
		for (i = 1; i < 64; i += 5) {
			size_t keep = sizes[i];
			size_t n = (size_t)(keep * (round % 2 ? 3 : 1) / 2 + 1);
			bad += check(blocks[i], sizes[i], i);
			blocks[i] = realloc(blocks[i], n);
			misaligned += (uintptr_t)blocks[i] % 16 != 0;
			bad += check(blocks[i], keep < n ? keep : n, i);
			sizes[i] = n;
			fill(blocks[i], n, i);
		}
	}
	for (i = 0; i < 64; i++) {
		bad += check(blocks[i], sizes[i], i);
		free(blocks[i]);
	}
	printf("blocks: misaligned %lu, corrupted bytes %lu, calloc nonzero %lu\n", misaligned,
	       bad, nonzero);

	p = realloc(NULL, 100);
	fill(p, 100, 1);
	p = realloc(p, 10);
	printf("shrink: %lu\n", check(p, 10, 1));
	p = realloc(p, 200000);
	printf("grow large: %lu, aligned %d\n", check(p, 10, 1), (int)((uintptr_t)p % 16));
	fill(p, 200000, 2);
	p = realloc(p, 300000);
	printf("grow again: %lu\n", check(p, 200000, 2));
	free(p);
	{
		int *v = calloc(1000, sizeof *v);
		long s = 0;
		for (i = 0; i < 1000; i++)
			s += v[i];
		printf("calloc: %ld\n", s);
		free(v);
	}
	free(NULL);
	printf("free(NULL) ok\n");
	return 0;
}

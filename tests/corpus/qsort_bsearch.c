/* qsort and bsearch: ints (with a comparator that must not overflow),
 * sorted, reversed, all-equal and pseudo-random inputs of many sizes
 * (0, 1, 2, small, larger than any insertion-sort cutoff), elements of
 * odd sizes (3 and 40 bytes) that must be swapped whole, strings through
 * pointers, doubles, and bsearch for every present key, keys between
 * elements and past both ends. Equal keys are given distinct payloads
 * only where the order among them does not matter to the output. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long seed = 12345;
static unsigned rnd(void)
{
	seed = seed * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)(seed >> 33);
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmp_dbl(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

struct tri { unsigned char b[3]; };
static int cmp_tri(const void *a, const void *b)
{
	return memcmp(a, b, 3);
}

struct rec { int key; char name[36]; };
static int cmp_rec(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return strcmp(x->name, y->name);
}

static unsigned long hash_ints(const int *v, int n)
{
	unsigned long h = 5381;
	int i;
	for (i = 0; i < n; i++)
		h = h * 33 ^ (unsigned)v[i];
	return h;
}

static int sorted(const int *v, int n)
{
	int i;
	for (i = 1; i < n; i++)
		if (v[i - 1] > v[i])
			return 0;
	return 1;
}

int main(void)
{
	static int v[3000];
	static const int sizes[] = { 0, 1, 2, 3, 7, 8, 16, 17, 100, 1000, 3000 };
	int s, i, n, kind;

	for (s = 0; s < (int)(sizeof sizes / sizeof sizes[0]); s++)
		for (kind = 0; kind < 5; kind++) {
			n = sizes[s];
			for (i = 0; i < n; i++) {
				switch (kind) {
				case 0: v[i] = i; break;
				case 1: v[i] = n - i; break;
				case 2: v[i] = 7; break;
				case 3: v[i] = (int)(rnd() % 50) - 25; break;
				default: v[i] = (int)rnd(); v[i] -= (int)rnd(); break;
				}
			}
			qsort(v, n, sizeof v[0], cmp_int);
			printf("ints n=%d kind=%d: sorted %d hash %lx", n, kind, sorted(v, n),
			       hash_ints(v, n));
			if (n)
				printf(" min %d max %d", v[0], v[n - 1]);
			printf("\n");
		}

	/* bsearch on distinct sorted keys. */
	n = 500;
	for (i = 0; i < n; i++)
		v[i] = i * 3 - 600;
	{
		int hits = 0, misses = 0, key, pos_sum = 0;
		for (key = -610; key <= 910; key++) {
			int *p = bsearch(&key, v, n, sizeof v[0], cmp_int);
			if (p) {
				hits++;
				pos_sum += (int)(p - v);
			} else
				misses++;
		}
		printf("bsearch: %d hits %d misses, position sum %d\n", hits, misses, pos_sum);
		printf("bsearch empty: %d\n", bsearch(&key, v, 0, sizeof v[0], cmp_int) == NULL);
		key = -600;
		printf("bsearch one: %d\n", bsearch(&key, v, 1, sizeof v[0], cmp_int) == v);
	}

	{
		char *words[] = { "pear", "apple", "fig", "banana", "", "apple pie", "Zebra",
				  "cherry", "date", "elderberry", "apples", "a" };
		int nw = sizeof words / sizeof words[0];
		char *key = "date";
		char **hit;
		qsort(words, nw, sizeof words[0], cmp_str);
		printf("strings:");
		for (i = 0; i < nw; i++)
			printf(" [%s]", words[i]);
		hit = bsearch(&key, words, nw, sizeof words[0], cmp_str);
		printf("\nfound date at %d\n", hit ? (int)(hit - words) : -1);
	}

	{
		double d[9] = { 3.5, -0.5, 1e300, -1e-300, 2, 0.1, -7, 1e-310, 0.3 };
		qsort(d, 9, sizeof d[0], cmp_dbl);
		printf("doubles:");
		for (i = 0; i < 9; i++)
			printf(" %g", d[i]);
		printf("\n");
	}

	{
		struct tri t[200];
		unsigned long h = 0;
		for (i = 0; i < 200; i++) {
			unsigned r = rnd();
			t[i].b[0] = r & 3;
			t[i].b[1] = (r >> 8) & 0xff;
			t[i].b[2] = r >> 24;
		}
		qsort(t, 200, sizeof t[0], cmp_tri);
		for (i = 0; i < 200; i++) {
			if (i && memcmp(&t[i - 1], &t[i], 3) > 0)
				printf("tri out of order at %d\n", i);
			h = h * 31 + t[i].b[0] * 65536 + t[i].b[1] * 256 + t[i].b[2];
		}
		printf("3-byte elements: hash %lx\n", h);
	}

	{
		struct rec r[300];
		unsigned long h = 0;
		for (i = 0; i < 300; i++) {
			r[i].key = (int)(rnd() % 20);
			snprintf(r[i].name, sizeof r[i].name, "name-%u", rnd() % 100000);
		}
		qsort(r, 300, sizeof r[0], cmp_rec);
		for (i = 0; i < 300; i++) {
			const char *p;
			if (i && cmp_rec(&r[i - 1], &r[i]) > 0)
				printf("rec out of order at %d\n", i);
			for (p = r[i].name; *p; p++)
				h = h * 31 + (unsigned char)*p;
			h += r[i].key;
		}
		printf("40-byte elements: hash %lx first %d %s last %d %s\n", h, r[0].key, r[0].name,
		       r[299].key, r[299].name);
	}
	return 0;
}

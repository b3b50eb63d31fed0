/* sort: qsort and bsearch. qsort of 1000 ints (many repeated), of words,
 * of records by key with the original index as tie-break (qsort is not
 * stable; a total order makes the result unique), and of 0, 1 and 2
 * elements; bsearch for present and absent keys.
 * Inputs: none: the data comes from a fixed linear congruential
 * generator of its own (rand() differs between libraries).
 * Output (stdout): samples and checksums of each sorted array, whether it
 * is sorted, and each search's result as an index or "absent". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long state = 12345;

static unsigned next(void)
{
	state = (state * 1103515245ul + 12345ul) % 2147483648ul;
	return (unsigned)(state >> 8);
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static int cmp_int_desc(const void *a, const void *b)
{
	return cmp_int(b, a);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

struct rec {
	int key;
	int index;
	char name[8];
};

static int cmp_rec(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return (x->index > y->index) - (x->index < y->index);
}

static void ints(void)
{
	static int v[1000];
	unsigned long sum = 0;
	int sorted = 1, distinct = 1;
	int keys[] = { -1, 0, 1, 5, 17, 499, 500, 1999, 2001 };

	for (int i = 0; i < 1000; i++)
		v[i] = (int)(next() % 1000) - 250;
	qsort(v, 1000, sizeof *v, cmp_int);
	for (int i = 0; i < 1000; i++) {
		sum = sum * 31 + (unsigned)v[i];
		if (i > 0 && v[i - 1] > v[i])
			sorted = 0;
		if (i > 0 && v[i - 1] != v[i])
			distinct++;
	}
	printf("ints: sorted %d distinct %d first %d %d %d last %d %d checksum %lu\n", sorted,
	       distinct, v[0], v[1], v[2], v[998], v[999], sum % 1000000007ul);
	for (int i = 0; i < 1000; i += 97)
		printf("ints[%d] %d\n", i, v[i]);

	/* bsearch among distinct keys: any equal element may be found. */
	for (int i = 0; i < 1000; i++)
		v[i] = 2 * i + 1;
	for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
		int *p = bsearch(&keys[k], v, 1000, sizeof *v, cmp_int);
		if (p)
			printf("bsearch %d: index %d\n", keys[k], (int)(p - v));
		else
			printf("bsearch %d: absent\n", keys[k]);
	}
	printf("bsearch in empty: %s\n", bsearch(&keys[0], v, 0, sizeof *v, cmp_int) ? "found" : "absent");

	qsort(v, 1000, sizeof *v, cmp_int_desc);
	printf("descending: %d %d ... %d\n", v[0], v[1], v[999]);
}

static void words(void)
{
	const char *w[] = {
		"pear", "apple", "fig", "banana", "Cherry", "apple", "date", "", "zebra", "Apple",
		"apricot", "a", "ab", "abc", "b", "fig", "0", "9lives", "_", "~tilde",
	};
	size_t n = sizeof w / sizeof *w;
	const char *key = "date", *missing = "grape";
	const char **p;

	qsort(w, n, sizeof *w, cmp_str);
	for (size_t i = 0; i < n; i++)
		printf("word %zu [%s]\n", i, w[i]);
	p = bsearch(&key, w, n, sizeof *w, cmp_str);
	printf("bsearch date: %s\n", p ? *p : "absent");
	p = bsearch(&missing, w, n, sizeof *w, cmp_str);
	printf("bsearch grape: %s\n", p ? *p : "absent");
}

static void records(void)
{
	static struct rec r[300];
	struct rec probe;
	struct rec *p;
	unsigned long sum = 0;

	for (int i = 0; i < 300; i++) {
		r[i].key = (int)(next() % 20);
		r[i].index = i;
		snprintf(r[i].name, sizeof r[i].name, "r%d", i);
	}
	qsort(r, 300, sizeof *r, cmp_rec);
	for (int i = 0; i < 300; i++)
		sum = (sum * 131 + (unsigned long)(r[i].key * 1000 + r[i].index)) % 1000000007ul;
	printf("records checksum %lu\n", sum);
	for (int i = 0; i < 300; i += 23)
		printf("rec %d: key %d index %d name %s\n", i, r[i].key, r[i].index, r[i].name);
	probe = r[150];
	p = bsearch(&probe, r, 300, sizeof *r, cmp_rec);
	printf("bsearch record: %s\n", p ? p->name : "absent");
	probe.index = -1;
	p = bsearch(&probe, r, 300, sizeof *r, cmp_rec);
	printf("bsearch record with index -1: %s\n", p ? p->name : "absent");
}

static void small(void)
{
	int one[1] = { 7 }, two[2] = { 9, -9 }, none[1] = { 42 };
	qsort(none, 0, sizeof *none, cmp_int);
	qsort(one, 1, sizeof *one, cmp_int);
	qsort(two, 2, sizeof *two, cmp_int);
	printf("small: %d %d %d %d\n", none[0], one[0], two[0], two[1]);
}

int main(void)
{
	ints();
	words();
	records();
	small();
	return 0;
}

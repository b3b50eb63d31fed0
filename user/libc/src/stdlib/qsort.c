/* qsort: a stable merge sort, so equal elements keep their order and the
 * result is the one glibc's (also a merge sort) gives. Without memory
 * for the merge buffer, a stable insertion sort. bsearch. */
#include <stdlib.h>
#include <string.h>

/* Sort the n elements at a, using tmp (room for n elements). */
static void merge_sort(char *a, char *tmp, size_t n, size_t size,
		       int (*cmp)(const void *, const void *))
{
	size_t half = n / 2, i = 0, j = half, k = 0;

	if (n < 2)
		return;
	merge_sort(a, tmp, half, size, cmp);
	merge_sort(a + half * size, tmp, n - half, size, cmp);
	while (i < half && j < n) {
		if (cmp(a + j * size, a + i * size) < 0)
			memcpy(tmp + k++ * size, a + j++ * size, size);
		else
			memcpy(tmp + k++ * size, a + i++ * size, size);
	}
	memcpy(tmp + k * size, a + i * size, (half - i) * size);
	k += half - i;
	memcpy(a, tmp, k * size);
}

static void insertion_sort(char *a, size_t n, size_t size,
			   int (*cmp)(const void *, const void *))
{
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && cmp(a + (j - 1) * size, a + j * size) > 0; j--)
			for (size_t b = 0; b < size; b++) {
				char t = a[(j - 1) * size + b];
				a[(j - 1) * size + b] = a[j * size + b];
				a[j * size + b] = t;
			}
}

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	char *tmp;

	if (n < 2 || !size)
		return;
	tmp = n <= (size_t)-1 / size ? malloc(n * size) : NULL;
	if (!tmp) {
		insertion_sort(base, n, size, cmp);
		return;
	}
	merge_sort(base, tmp, n, size, cmp);
	free(tmp);
}

void *bsearch(const void *key, const void *base, size_t n, size_t size,
	      int (*cmp)(const void *, const void *))
{
	const char *b = base;

	while (n) {
		const char *mid = b + (n / 2) * size;
		int c = cmp(key, mid);
		if (!c)
			return (void *)mid;
		if (c > 0) {
			b = mid + size;
			n -= n / 2 + 1;
		} else {
			n /= 2;
		}
	}
	return NULL;
}

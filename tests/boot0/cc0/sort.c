/* sort: a generic insertion and quick sort through function pointers
 * and void pointers, on ints, strings and an array of structs */
#include "t.h"

typedef int (*cmp_fn)(const void *, const void *);

static void swap_bytes(char *a, char *b, unsigned long size)
{
	char t;
	while (size--) {
		t = *a;
		*a++ = *b;
		*b++ = t;
	}
}

static void sort(void *base, unsigned long n, unsigned long size, cmp_fn cmp)
{
	char *b = base;
	unsigned long i, last;
	if (n < 2)
		return;
	last = 0;
	for (i = 1; i < n; i++)
		if (cmp(b + i * size, b) < 0)
			swap_bytes(b + ++last * size, b + i * size, size);
	swap_bytes(b, b + last * size, size);
	sort(b, last, size, cmp);
	sort(b + (last + 1) * size, n - last - 1, size, cmp);
}

static int by_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return x < y ? -1 : x > y;
}

static int by_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

struct person { char name[12]; int age; };

static int by_age_then_name(const void *a, const void *b)
{
	const struct person *p = a, *q = b;
	if (p->age != q->age)
		return p->age - q->age;
	return strcmp(p->name, q->name);
}

int main(void)
{
	int v[12] = {5, -3, 99, 0, 42, -100, 7, 7, 2147483647, -2147483647 - 1, 13, 1};
	const char *words[] = {"pear", "apple", "fig", "banana", "cherry", "apple"};
	struct person people[5] = {{"zoe", 30}, {"adam", 40}, {"eve", 30}, {"bob", 25}, {"al", 40}};
	int i;
	sort(v, 12, sizeof v[0], by_int);
	for (i = 0; i < 12; i++)
		put_num(v[i]), put_char(' ');
	put_char('\n');
	sort(words, 6, sizeof words[0], by_str);
	for (i = 0; i < 6; i++)
		put_str(words[i]), put_char(' ');
	put_char('\n');
	sort(people, 5, sizeof people[0], by_age_then_name);
	for (i = 0; i < 5; i++)
		put_str(people[i].name), put_char(' ');
	put_char('\n');
	return 0;
}

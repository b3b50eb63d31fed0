/* C99 array parameter declarators with qualifiers and static:
 * int a[static 4] (at least four elements), int a[const] (a const
 * pointer), and int a[restrict static 1]. */
#include <stdio.h>

static int first_four(const int a[static 4])
{
	return a[0] + a[1] + a[2] + a[3];
}

static int walk(int n, int a[const])
{
	int s = 0, i;
	for (i = 0; i < n; i++)
		s += a[i] * (i + 1);
	return s;
}

static void copy(int n, int dst[restrict static 1], const int src[restrict])
{
	int i;
	for (i = 0; i < n; i++)
		dst[i] = src[i] * 2;
}

int main(void)
{
	int v[5] = { 1, 2, 3, 4, 5 }, w[5];
	printf("first_four: %d\n", first_four(v));
	printf("walk: %d\n", walk(5, v));
	copy(5, w, v);
	printf("copy: %d %d\n", w[0], w[4]);
	return 0;
}

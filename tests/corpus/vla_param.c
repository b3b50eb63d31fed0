/* C99 variably modified parameters: int f(int n, int a[n]) and
 * two-dimensional a[n][m] whose row length comes from an earlier
 * parameter (indexing must use it), sizeof of such a parameter (a
 * pointer) and of *a (a row, computed at run time). */
#include <stdio.h>

static int sum(int n, int a[n])
{
	int i, s = 0;
	for (i = 0; i < n; i++)
		s += a[i];
	return s;
}

static long trace(int n, int m, int a[n][m])
{
	int i, j;
	long s = 0;
	for (i = 0; i < n; i++)
		for (j = 0; j < m; j++)
			s += (long)a[i][j] * (i == j ? 100 : 1);
	printf("row size %zu, param size %zu\n", sizeof *a, sizeof a);
	return s;
}

static void fill(int rows, int cols, double g[rows][cols])
{
	int i, j;
	for (i = 0; i < rows; i++)
		for (j = 0; j < cols; j++)
			g[i][j] = i + j / 10.0;
}

int main(void)
{
	int v[6] = { 1, 2, 3, 4, 5, 6 };
	int grid[3][4] = { { 1, 2, 3, 4 }, { 5, 6, 7, 8 }, { 9, 10, 11, 12 } };
	double g[2][5];
	printf("sum: %d %d\n", sum(6, v), sum(3, v + 3));
	printf("trace 3x4: %ld\n", trace(3, 4, grid));
	printf("trace 4x3 of the same memory: %ld\n", trace(4, 3, (int (*)[3])grid));
	fill(2, 5, g);
	printf("fill: %g %g %g\n", g[0][4], g[1][0], g[1][3]);
	return 0;
}

/* C99 variable-length arrays in blocks: sizeof evaluated at run time,
 * two-dimensional VLAs and pointers to VLA rows, a typedef of a VLA type
 * (its size fixed when the typedef is reached), a VLA in a loop body
 * (a new array each iteration, the stack given back, so many iterations
 * do not grow the stack), and a VLA next to other locals. */
#include <stdio.h>

static int sizes(int n)
{
	char a[n];
	int b[n][n + 1];
	int (*row)[n + 1] = b;
	int i, j;
	for (i = 0; i < n; i++)
		for (j = 0; j <= n; j++)
			b[i][j] = i * 10 + j;
	a[n - 1] = 'z';
	printf("n=%d: sizeof a %zu b %zu b[0] %zu row %zu, b[n-1][n] %d row[1][2] %d %c\n", n,
	       sizeof a, sizeof b, sizeof b[0], sizeof *row, b[n - 1][n], row[1][2], a[n - 1]);
	return (int)sizeof b;
}

static void typedef_size(int n)
{
	typedef int vec[n];
	vec v;
	n += 5;		/* does not change vec */
	printf("typedef: %zu %zu\n", sizeof(vec), sizeof v);
}

static long loop(int iterations)
{
	long total = 0;
	int k;
	for (k = 0; k < iterations; k++) {
		int len = 1000 + k % 100;
		int big[len];
		int i;
		for (i = 0; i < len; i++)
			big[i] = i ^ k;
		total += big[len - 1] + big[k % len];
	}
	return total;
}

int main(void)
{
	int n, total = 0;
	for (n = 2; n <= 6; n += 2)
		total += sizes(n);
	printf("total %d\n", total);
	typedef_size(3);
	printf("loop: %ld\n", loop(20000));
	{
		int before = 11;
		double vla[total / 8];
		int after = 22;
		vla[0] = 1.5;
		vla[total / 8 - 1] = 2.5;
		printf("neighbours: %d %d %g %g %zu\n", before, after, vla[0], vla[total / 8 - 1],
		       sizeof vla);
	}
	return 0;
}

/* arrays: one, two and three dimensions, sizeof, decay to pointers,
 * arrays as parameters */
#include "t.h"

int grid[3][4];
long cube[2][3][4];

static int sum(int *a, int n)
{
	int s = 0, i;
	for (i = 0; i < n; i++)
		s += a[i];
	return s;
}

static int sum_rows(int g[][4], int rows)
{
	int s = 0, i, j;
	for (i = 0; i < rows; i++)
		for (j = 0; j < 4; j++)
			s += g[i][j] * (i + 1);
	return s;
}

int main(void)
{
	int a[10];
	char m[2][3][5];
	int i, j, k;
	int (*row)[4];
	for (i = 0; i < 10; i++)
		a[i] = i * i;
	say("sum", sum(a, 10));
	say("sizeof_a", sizeof a);
	say("sizeof_a0", sizeof a[0]);
	say("count", sizeof a / sizeof a[0]);
	for (i = 0; i < 3; i++)
		for (j = 0; j < 4; j++)
			grid[i][j] = i * 10 + j;
	say("grid", grid[2][3]);
	say("sizeof_grid", sizeof grid);
	say("sizeof_row", sizeof grid[1]);
	say("rows", sum_rows(grid, 3));
	row = grid + 1;
	say("row", (*row)[2]);
	say("row2", row[1][3]);
	say("flat", *(*(grid + 2) + 1));
	for (i = 0; i < 2; i++)
		for (j = 0; j < 3; j++)
			for (k = 0; k < 4; k++)
				cube[i][j][k] = i * 100 + j * 10 + k;
	say("cube", cube[1][2][3]);
	say("cube_sizeof", sizeof cube + sizeof cube[0] + sizeof cube[0][0]);
	say("cube_ptr", (char *)&cube[1][1][1] - (char *)cube);
	for (i = 0; i < 2; i++)
		for (j = 0; j < 3; j++)
			for (k = 0; k < 5; k++)
				m[i][j][k] = 'a' + i + j + k;
	say("m", m[1][2][4]);
	say("m_sizeof", sizeof m);
	say("m_decay", (char *)m[1] - (char *)m);
	say("m_end", &m[1][2][4] - &m[0][0][0]);
	return 0;
}

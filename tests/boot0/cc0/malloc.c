/* malloc: lib0's malloc, calloc, realloc and free: blocks that do not
 * overlap, contents kept by realloc, zeros from calloc, memory reused */
#include "t.h"

int main(void)
{
	char *blocks[100];
	long *grow = 0;
	int *z;
	long sum = 0;
	int i, j, ok = 1;
	for (i = 0; i < 100; i++) {
		blocks[i] = malloc(i * 7 + 1);
		if (blocks[i] == 0)
			return 1;
		for (j = 0; j < i * 7 + 1; j++)
			blocks[i][j] = i;
	}
	for (i = 0; i < 100; i++)
		for (j = 0; j < i * 7 + 1; j++)
			if (blocks[i][j] != (char)i)
				ok = 0;
	say("distinct", ok);
	say("aligned", ((long)blocks[5] & 15) == 0 && ((long)blocks[77] & 7) == 0);
	for (i = 0; i < 100; i += 2)
		free(blocks[i]);
	for (i = 0; i < 100; i += 2)
		blocks[i] = malloc(i * 7 + 1);
	for (i = 0; i < 1000; i++) {
		grow = realloc(grow, (i + 1) * sizeof(long));
		grow[i] = i;
	}
	for (i = 0; i < 1000; i++)
		sum += grow[i];
	say("realloc_sum", sum);
	z = calloc(1000, sizeof(int));
	sum = 0;
	for (i = 0; i < 1000; i++)
		sum += z[i];
	say("calloc", sum);
	free(z);
	z = calloc(1000, sizeof(int));
	sum = 0;
	for (i = 0; i < 1000; i++)
		sum += z[i];
	say("calloc_reused", sum);
	free(0);
	free(grow);
	grow = malloc(1 << 20);
	grow[(1 << 17) - 1] = 5;
	say("big", grow[(1 << 17) - 1]);
	return 0;
}

/* Calls what impl.c and local.s define from another file, through an
 * archive, and tests long doubles for truth (patch 0011). Prints one line
 * per check; the expected lines are in expect.txt. */
#include <stdio.h>

int api(int);
int api_strong(int);
extern int value_alias;
long count_down(long);

static int truth(long double y) { if (y) return 1; return 0; }
static int loops(long double y) { int n = 0; do { n++; y = y - 1; } while (y); return n; }

int main(void)
{
	long double half = 0.5L, zero = 0.0L;
	printf("weak alias: %d\n", api(14));
	printf("global alias: %d\n", api_strong(1));
	printf("object alias: %d\n", value_alias);
	printf("local branches: %ld\n", count_down(5));
	printf("truth: %d %d %d %d\n", truth(half), truth(zero), truth(-half), !half);
	printf("loop: %d\n", loops(3.0L));
	printf("ternary: %s %s\n", half ? "yes" : "no", zero ? "yes" : "no");
	printf("%s\n", half && !zero ? "and: ok" : "and: wrong");
	return 0;
}

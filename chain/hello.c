/* The program gate2 builds with tcc0 and our libc, then runs: it writes
 * hello.out, which gate2 checks, and greets on stdout. */
#include <stdio.h>

int main(int argc, char **argv)
{
	FILE *f = fopen("hello.out", "w");
	if (!f)
		return 1;
	fprintf(f, "hello from %s, argc %d, %.3f %s\n", argv[0], argc, 2.5 / 3, "ok");
	if (fclose(f) != 0)
		return 1;
	printf("hello, world\n");
	return 0;
}

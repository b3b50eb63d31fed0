/* child: a small program for the spawn tests.
 *   child exit N         exit with status N
 *   child segv           die of SIGSEGV
 *   child echo ARG...    print the arguments, one per line
 *   child write FILE S   write S and a newline to FILE */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	int i;
	if (argc >= 3 && strcmp(argv[1], "exit") == 0)
		return atoi(argv[2]);
	if (argc >= 2 && strcmp(argv[1], "segv") == 0) {
		volatile int *p = NULL;
		*p = 1;
		return 0;
	}
	if (argc >= 2 && strcmp(argv[1], "echo") == 0) {
		for (i = 2; i < argc; i++)
			printf("child: %s\n", argv[i]);
		return 0;
	}
	if (argc >= 4 && strcmp(argv[1], "write") == 0) {
		FILE *f = fopen(argv[2], "w");
		if (!f)
			return 1;
		fprintf(f, "%s\n", argv[3]);
		return fclose(f) != 0;
	}
	fprintf(stderr, "child: bad arguments\n");
	return 2;
}

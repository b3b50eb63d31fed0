/* hello: the smallest program, linked with the C library.
 * Inputs: its arguments. Output (stdout): a greeting, the number of
 * arguments, each argument after argv[0] (argv[0] is left out: it is the
 * program's path, which differs between the machines), and one double. */
#include <stdio.h>

int main(int argc, char **argv)
{
	printf("hello, world\n");
	printf("argc %d\n", argc);
	for (int i = 1; i < argc; i++)
		printf("argv[%d] %s\n", i, argv[i]);
	printf("%.3f %s\n", 2.5 / 3, "ok");
	return 0;
}

/* C side of process entry, reached from _start (arch/<arch>/crt1.c) with
 * the initial stack: argc, argv[], NULL, envp[], NULL, auxv. */
#include <stdlib.h>
#include "libc.h"

char **environ;
char *__progname = "";

int main(int argc, char **argv, char **envp);

void __libc_start(long *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);

	environ = argv + argc + 1;
	if (argc > 0)
		__progname = argv[0];
	exit(main(argc, argv, environ));
}

/* C side of process entry, reached from _start (arch/<arch>/crt1.c) with
 * the initial stack: argc, argv[], NULL, envp[], NULL, auxv. Runs the
 * program's constructors, main, and (through exit) its destructors, as
 * glibc does for a static program. */
#include <stdlib.h>
#include "libc.h"

char **environ;
char *__progname = "";

int main(int argc, char **argv, char **envp);

typedef void (*init_fn)(int argc, char **argv, char **envp);
typedef void (*fini_fn)(void);

/* The bounds the linker gives each array: GNU ld's default script
 * provides them when referenced, tcc's linker always defines them.
 * Weak, so that a link without them still works: both bounds are then 0
 * and the array is empty. */
extern init_fn const __preinit_array_start[] __attribute__((weak));
extern init_fn const __preinit_array_end[] __attribute__((weak));
extern init_fn const __init_array_start[] __attribute__((weak));
extern init_fn const __init_array_end[] __attribute__((weak));
extern fini_fn const __fini_array_start[] __attribute__((weak));
extern fini_fn const __fini_array_end[] __attribute__((weak));

/* In order; the linker has put gcc's constructor(N) entries first,
 * lowest N first. glibc passes main's arguments to each. */
static void run_init(init_fn const *a, init_fn const *end, int argc, char **argv)
{
	for (; a < end; a++)
		(*a)(argc, argv, environ);
}

/* Backwards: the last constructed is the first destroyed. */
static void run_fini(void)
{
	fini_fn const *a = __fini_array_end;

	while (a > __fini_array_start)
		(*--a)();
}

void __libc_start(long *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);

	environ = argv + argc + 1;
	if (argc > 0)
		__progname = argv[0];
	/* As in glibc, the destructors are the first atexit handler, taken
	 * before any constructor runs: every handler registered later, by a
	 * constructor or by main, runs before them. */
	atexit(run_fini);
	run_init(__preinit_array_start, __preinit_array_end, argc, argv);
	run_init(__init_array_start, __init_array_end, argc, argv);
	exit(main(argc, argv, environ));
}

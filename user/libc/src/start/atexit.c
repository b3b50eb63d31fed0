/* atexit, and running its handlers for exit. */
#include <stdlib.h>
#include "libc.h"

#define MAX_ATEXIT 64

static void (*handlers[MAX_ATEXIT])(void);
static int nhandlers;

int atexit(void (*fn)(void))
{
	if (nhandlers == MAX_ATEXIT)
		return -1;
	handlers[nhandlers++] = fn;
	return 0;
}

/* Last registered first: the program's destructors are the first handler
 * (libc_start.c), so they run after all the others. */
void __libc_run_atexit(void)
{
	while (nhandlers > 0)
		handlers[--nhandlers]();
}

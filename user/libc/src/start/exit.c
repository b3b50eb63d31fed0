/* exit, atexit, _Exit, abort. */
#include <stdlib.h>
#include <unistd.h>
#include "libc.h"
#include "syscall.h"

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

/* Handlers last registered first: the program's destructors are the
 * first handler (libc_start.c), so they run after all the others; then
 * the streams are flushed, so what a destructor prints is written. */
void exit(int status)
{
	while (nhandlers > 0)
		handlers[--nhandlers]();
	__stdio_flush_all();
	_Exit(status);
}

void _Exit(int status)
{
	for (;;)
		__sys1(SYS_exit_group, status);
}

void _exit(int status)
{
	_Exit(status);
}

/* The contract has no signals, so abort cannot raise SIGABRT: it exits
 * with 134 (128 + SIGABRT), the status a shell and the seed runner show
 * for an aborted program, and like glibc's says nothing. Streams are not
 * flushed, as in glibc. */
void abort(void)
{
	_Exit(134);
}

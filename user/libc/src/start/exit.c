/* exit, alone in its object: tcc -g -run (and -b, -bt) defines exit
 * itself for the program it runs (tccrun.c's rt_exit), and a static link
 * that pulled this object in for another name would define it twice. */
#include <stdlib.h>
#include "libc.h"

/* The atexit handlers, then the streams, so what a destructor prints is
 * written. */
void exit(int status)
{
	__libc_run_atexit();
	__stdio_flush_all();
	_Exit(status);
}

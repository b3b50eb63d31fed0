/* Program start and end: functions marked constructor run before main
 * (from .init_array), destructors after main returns, interleaved with
 * atexit handlers in reverse order of registration; main's return value
 * is the exit status; stdout is flushed at exit. */
#include <stdio.h>
#include <stdlib.h>

static int order;

__attribute__((constructor)) static void ctor_first(void)
{
	order = order * 10 + 1;
}

__attribute__((constructor)) static void ctor_second(void)
{
	order = order * 10 + 2;
}

__attribute__((destructor)) static void dtor(void)
{
	printf("destructor (order %d)\n", order);
}

static void at1(void) { printf("atexit 1\n"); }
static void at2(void) { printf("atexit 2\n"); }

int main(void)
{
	printf("main: constructors ran: %d\n", order != 0);
	printf("main: both ran: %d\n", order == 12 || order == 21);
	atexit(at1);
	atexit(at2);
	printf("main returns 7 (buffered)");
	return 7;
}

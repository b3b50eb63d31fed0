/* C11 <stdnoreturn.h>: noreturn as a macro for _Noreturn, on a function
 * that ends with exit() and on a _Noreturn one that calls it; code after
 * a call on another path still runs. */
#include <stdio.h>
#include <stdlib.h>
#include <stdnoreturn.h>

static noreturn void finish(int status)
{
	printf("finishing with %d\n", status);
	exit(status);
}

static _Noreturn void finish2(int status)
{
	finish(status + 1);
}

static int maybe(int x)
{
	if (x > 100)
		finish2(x - 100);
	return x * 2;
}

int main(void)
{
	printf("maybe: %d %d\n", maybe(3), maybe(50));
	maybe(105);
	printf("not reached\n");
	return 0;
}

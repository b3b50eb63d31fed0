/* A failing assert writes "PROG: FILE:LINE: FUNC: Assertion `EXPR' failed."
 * to stderr and aborts: status 134 (SIGABRT). What was printed to stdout
 * and flushed stays; what is still in stdout's buffer is lost, as with
 * glibc's abort. */
#include <stdio.h>
#include <assert.h>

static void check(int v)
{
	assert(v < 10 && "v is small");
}

int main(void)
{
	printf("flushed line\n");
	fflush(stdout);
	check(3);
	printf("still buffered when the assert fails\n");
	check(12);
	printf("not reached\n");
	return 0;
}

/* GNU's empty struct (size 0) returned by value: the call must not write
 * into the caller's other locals (cc1 once stored x0 and x1 into a 0-byte
 * temporary, over the local declared last). */
#include <stdio.h>

struct empty {};

static int calls;

static struct empty make(void)
{
	struct empty e;

	calls++;
	return e;
}

int main(void)
{
	long a = 1, b = 2;

	make();
	{
		long x = 5;

		make();
		printf("%d %zu %ld %ld %ld\n", calls, sizeof(struct empty), a, b, x);
	}
	return 0;
}

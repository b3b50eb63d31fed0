/* abs, div and friends; rand (the C standard's example generator, so
 * sequences are the same everywhere). */
#include <stdlib.h>

int abs(int x) { return x < 0 ? -x : x; }
long labs(long x) { return x < 0 ? -x : x; }
long long llabs(long long x) { return x < 0 ? -x : x; }

div_t div(int a, int b)
{
	div_t r = { a / b, a % b };
	return r;
}

ldiv_t ldiv(long a, long b)
{
	ldiv_t r = { a / b, a % b };
	return r;
}

lldiv_t lldiv(long long a, long long b)
{
	lldiv_t r = { a / b, a % b };
	return r;
}

static unsigned long next = 1;

int rand(void)
{
	next = next * 1103515245 + 12345;
	return (int)((next / 65536) % 2147483648UL);
}

void srand(unsigned seed)
{
	next = seed;
}

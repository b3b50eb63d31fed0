/* testlib.h: what the libc test programs share. A test defines SEED (the
 * start of its xorshift sequence) before including it. */
#include <stdint.h>
#include <string.h>

static uint64_t state = SEED;

/* Marsaglia's xorshift64: the same numbers under every libc. */
static uint64_t next(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

/* The double whose IEEE bits are b. */
static double from_bits(uint64_t b)
{
	double d;
	memcpy(&d, &b, sizeof d);
	return d;
}

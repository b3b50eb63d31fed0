/* arith_long: every arithmetic operator on long, wrapping at 64 bits,
 * with LONG_MIN and LONG_MAX; long long is long */
#include "t.h"

long lmax = 9223372036854775807L;
long lmin = -9223372036854775807L - 1;

int main(void)
{
	long a = 123456789012L, b = -987654321L;
	long long c = 3000000000LL;
	say("add", a + b);
	say("sub", a - b);
	say("mul", a * b);
	say("div", a / b);
	say("rem", a % b);
	say("neg", -a);
	say("shl", a << 20);
	say("sar", b >> 7);
	say("and", a & b);
	say("or", a | b);
	say("xor", a ^ b);
	say("not", ~a);
	say("max1", lmax + 1);
	say("min1", lmin - 1);
	say("minneg", -lmin);
	say("mulwrap", lmax * 3);
	say("divmin", lmin / 2);
	say("remmin", lmin % 10);
	say("c", c);
	say("cc", c * c);
	say("shl63", 1L << 63);
	say("sar63", lmin >> 63);
	say("big", 0x7fffffffffffffff);
	say("mix", a + 1 - 2 * 3);
	say("int_to_long", (long)(int)3000000000L);
	say("sizeof", sizeof(long) + sizeof(long long) * 10);
	return 0;
}

/* arith_unsigned: unsigned int and unsigned long: wrap, division,
 * remainder, logical right shift, comparisons */
#include "t.h"

int main(void)
{
	unsigned a = 4000000000u, b = 7;
	unsigned long la = 18000000000000000000UL, lb = 3;
	unsigned z = 0;
	sayu("add", a + a);
	sayu("sub", b - a);
	sayu("mul", a * b);
	sayu("div", a / b);
	sayu("rem", a % b);
	sayu("shr", a >> 3);
	sayu("shl", a << 1);
	sayu("neg", -b);
	sayu("not", ~b);
	sayu("zero_minus", z - 1);
	sayu("ladd", la + la);
	sayu("ldiv", la / lb);
	sayu("lrem", la % 1000);
	sayu("lshr", la >> 60);
	sayu("lneg", -lb);
	sayu("ldiv_big", la / 10000000000000000000UL);
	sayu("ldiv_self", la / (la - 1));
	say("cmp1", a > b);
	say("cmp2", la > lb);
	say("cmp3", (unsigned)-1 > 1u);
	say("cmp4", -1UL > 1UL);
	say("cmp5", a >= 4000000000u);
	say("cmp6", la <= 1);
	sayu("mix", a + lb);
	sayu("wrap_inc", (unsigned)4294967295u + 1);
	sayu("u_div_neg", (unsigned)-8 / 2);
	sayu("ul_div_neg", (unsigned long)-8 / 2);
	sayu("u_rem_neg", (unsigned)-7 % 3);
	sayx("hex", 0xdeadbeefu);
	sayx("hexl", 0xfedcba9876543210UL);
	return 0;
}

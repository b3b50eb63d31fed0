/* arith_int: every arithmetic operator on int, wrapping at 32 bits, with
 * the edge values; int division truncates toward zero */
#include "t.h"

int big = 2147483647;
int small = -2147483647 - 1;

int main(void)
{
	int a = 7, b = -3, z;
	say("add", a + b);
	say("sub", a - b);
	say("mul", a * b);
	say("div", a / b);
	say("rem", a % b);
	say("div2", -7 / 2);
	say("rem2", -7 % 2);
	say("neg", -a);
	say("pos", +b);
	say("wrap_add", big + 1);
	say("wrap_sub", small - 1);
	say("wrap_mul", big * 2);
	say("wrap_mul2", 65536 * 65536);
	say("wrap_neg", -small);
	z = big;
	z++;
	say("inc_wrap", z);
	z = small;
	z--;
	say("dec_wrap", z);
	z = 100000;
	say("sq", z * z);
	say("shl", 1 << 31);
	say("shl2", 3 << 30);
	say("sar", small >> 4);
	say("sar2", -1 >> 31);
	say("and", a & b);
	say("or", a | b);
	say("xor", a ^ b);
	say("not", ~a);
	say("lnot", !a);
	say("lnot0", !0);
	say("prec", 2 + 3 * 4 - 6 / 2 % 4);
	say("prec2", (2 + 3) * 4);
	say("prec3", 1 + 2 << 3);
	say("prec4", 5 & 3 | 8 ^ 2);
	say("cmp", (a < b) + (a > b) * 2 + (a <= 7) * 4 + (a >= 8) * 8 + (a == 7) * 16 + (a != 7) * 32);
	return 0;
}

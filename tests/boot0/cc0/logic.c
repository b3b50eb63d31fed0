/* logic: && and || short-circuit, ! and ?: and their values */
#include "t.h"

int calls;

static int f(int v)
{
	calls = calls * 10 + v;
	return v;
}

int main(void)
{
	int x;
	say("and", f(1) && f(2));
	say("calls", calls);
	calls = 0;
	say("and0", f(0) && f(2));
	say("calls", calls);
	calls = 0;
	say("or", f(3) || f(4));
	say("calls", calls);
	calls = 0;
	say("or0", f(0) || f(5));
	say("calls", calls);
	calls = 0;
	say("or00", f(0) || f(0));
	say("mix", f(1) && f(0) || f(6));
	say("calls", calls);
	say("not", !5 + !0 * 10 + !!7 * 100);
	say("val", 5 && 7);
	say("valp", (char *)0 || "x");
	x = 3;
	say("cond", x > 2 ? 10 : 20);
	say("cond2", x > 5 ? 10 : x > 1 ? 30 : 40);
	say("cond_side", x ? f(7) : f(8));
	say("long_and", 0x100000000L && 1);
	say("long_or", 0x100000000L || 0);
	say("long_not", !0x100000000L);
	x = 0;
	x || (x = 9);
	say("x", x);
	x && (x = 11);
	say("x", x);
	return 0;
}

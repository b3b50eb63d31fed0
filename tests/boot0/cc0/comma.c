/* comma: the comma operator, its value and type, in for loops, in
 * arguments (parenthesized) and conditions */
#include "t.h"

static int twice(int v) { return v * 2; }

int main(void)
{
	int a = 1, b = 2, c;
	long l;
	c = (a++, b++, a + b);
	say("c", c);
	say("arg", twice((a, b)));
	l = (a = 5, 10000000000L);
	say("type", sizeof(a, l));
	say("l", l);
	for (a = 0, b = 10; a < b; a += 3, b -= 2)
		c = a * b;
	say("for", c);
	if ((a = 0, b))
		say("if", b);
	while ((a++, a < 3))
		;
	say("while", a);
	return (c = 3, c + 1);
}

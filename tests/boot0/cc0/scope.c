/* scope: block scope and shadowing of variables, parameters, typedefs
 * and struct tags; names reused in sibling blocks */
#include "t.h"

int x = 1;
struct tag { int a; };

static int shadow_param(int x)
{
	{
		int x = 50;
		x++;
	}
	return x;
}

int main(void)
{
	int r = x;
	{
		int x = 2;
		r = r * 10 + x;
		{
			long x = 3;
			r = r * 10 + (int)x;
		}
		r = r * 10 + x;
	}
	r = r * 10 + x;
	say("nest", r);
	say("param", shadow_param(7));
	{
		struct tag { long a, b; } t;
		say("inner_tag", sizeof t);
	}
	{
		struct tag t;
		say("outer_tag", sizeof t);
	}
	{
		int a = 1;
		say("sib1", a);
	}
	{
		int b = 2, a = b * 3;
		say("sib2", a);
	}
	{
		typedef long x;
		x v = 1L << 40;
		say("typedef", v >> 38);
	}
	say("x", x);
	for (int x = 10; x < 12; x++)
		r = x;
	say("for_scope", r + x);
	return 0;
}

/* many_args: calls with many arguments of mixed types, narrow types
 * converted at the call, arguments evaluated with side effects */
#include "t.h"

static long f12(char a, short b, int c, long d, unsigned char e, unsigned short f,
	unsigned g, unsigned long h, signed char i, int j, long k, char *l)
{
	return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10 + k * 11 + l[0];
}

static int narrow(char c, signed char sc, short s, unsigned short us)
{
	return c * 1000000 + sc * 10000 + s * 100 + us;
}

static long sum20(long a1, long a2, long a3, long a4, long a5, long a6, long a7,
	long a8, long a9, long a10, long a11, long a12, long a13, long a14,
	long a15, long a16, long a17, long a18, long a19, long a20)
{
	return a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13 +
		a14 + a15 + a16 + a17 + a18 + a19 + a20 * 1000;
}

static int order;

static int next(int v)
{
	order = order * 10 + v;
	return v;
}

static int three(int a, int b, int c) { return a * 100 + b * 10 + c; }

int main(void)
{
	say("f12", f12(1, 2, 3, 4, 5, 6, 7, 8, -9, 10, 11, "A"));
	say("narrow", narrow(300, 200, 70000, -1));
	say("sum20", sum20(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20));
	say("three", three(next(1), next(2), next(3)));
	say("nested", three(three(1, 2, 3), sum20(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), 0));
	return 0;
}

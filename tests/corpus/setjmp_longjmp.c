/* setjmp and longjmp: the first return is 0, a longjmp returns its value
 * (0 becomes 1); volatile locals keep their last stored values; a longjmp
 * unwinds several frames, including ones with many arguments and
 * floating-point state; callee-saved registers (integer and floating)
 * hold the values they had at setjmp; a jmp_buf can be reused, and nested
 * setjmp points work as a stack. */
#include <stdio.h>
#include <setjmp.h>

static jmp_buf env, outer;
static int depth_reached;

static void dive(int depth, int target, double f, long a, long b, long c, long d,
		 long e, long g, long h, long i)
{
	volatile double local = f * 2;
	depth_reached = depth;
	if (depth == target)
		longjmp(env, (int)(local + a + b + c + d + e + g + h + i));
	dive(depth + 1, target, local, a + 1, b, c, d, e, g, h, i);
}

static void thrower(int v)
{
	longjmp(env, v);
}

static int nested(int n)
{
	jmp_buf here;
	volatile int r = 0;
	int v;
	if ((v = setjmp(here)) == 0) {
		if (n > 0)
			r = nested(n - 1) * 10 + n;
		else
			longjmp(here, 5);
	} else {
		r = v;
	}
	return r;
}

int main(void)
{
	volatile int counter = 0;
	volatile double acc = 1.0;
	register long keep1 = 0x1111;
	register double keepd = 2.5;
	int v;

	v = setjmp(env);
	printf("setjmp returned %d, counter %d, acc %g\n", v, counter, acc);
	if (counter < 3) {
		counter++;
		acc *= 3;
		longjmp(env, counter * 10);
	}

	if ((v = setjmp(env)) == 0)
		thrower(0);
	printf("longjmp(0) gives %d\n", v);

	if ((v = setjmp(env)) == 0)
		dive(0, 20, 0.5, 1, 2, 3, 4, 5, 6, 7, 8);
	printf("dive: %d at depth %d\n", v, depth_reached);

	if ((v = setjmp(env)) == 0)
		thrower(-7);
	printf("negative: %d\n", v);

	printf("nested: %d\n", nested(4));

	/* The outer point stays valid while an inner one is used. */
	if ((v = setjmp(outer)) == 0) {
		if ((v = setjmp(env)) == 0)
			thrower(1);
		printf("inner: %d\n", v);
		longjmp(outer, 2);
	}
	printf("outer: %d\n", v);
	printf("kept: %lx %g\n", keep1, keepd);
	return 0;
}

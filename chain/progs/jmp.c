/* jmp: setjmp and longjmp. A jump back into the same function; a jump out
 * of a recursion 1000 calls deep; jumps through nested jmp_bufs, each
 * handler passing the jump on outward; longjmp(env, 0), which setjmp
 * sees as 1; and volatile locals changed after setjmp, which keep their
 * new values after the jump (C99 7.13.2.1).
 * Inputs: none. Output (stdout): one line per event, in order. */
#include <setjmp.h>
#include <stdio.h>

static jmp_buf top, inner, outer;
static int deepest;

/* dive: the printf after the call keeps each frame on the stack. */
static void dive(int depth, int limit)
{
	deepest = depth;
	if (depth == limit)
		longjmp(top, depth);
	dive(depth + 1, limit);
	printf("never: returned from depth %d\n", depth);
}

static void throw_inner(int v)
{
	printf("throw_inner %d\n", v);
	longjmp(inner, v);
}

/* setjmp's value is only ever looked at as C99 7.13.1.1 allows: as the
 * whole controlling expression of a switch, or compared with a constant. */
static void middle(int v)
{
	switch (setjmp(inner)) {
	case 0:
		printf("middle: inner set\n");
		throw_inner(v);
		break;
	case 1:
		printf("middle: caught 1, passing 10 outward\n");
		longjmp(outer, 10);
	case 2:
		printf("middle: caught 2, passing 20 outward\n");
		longjmp(outer, 20);
	default:
		printf("middle: caught something else, passing 99 outward\n");
		longjmp(outer, 99);
	}
}

static void zero(void)
{
	longjmp(top, 0);
}

int main(void)
{
	volatile int count = 0;
	volatile double sum = 0.5;
	volatile int v;

	switch (setjmp(top)) {
	case 0:
		printf("setjmp returned 0\n");
		break;
	case 100:
		printf("setjmp returned 100\n");
		break;
	case 200:
		printf("setjmp returned 200\n");
		break;
	case 300:
		printf("setjmp returned 300\n");
		break;
	default:
		printf("setjmp returned something else\n");
		return 1;
	}
	printf("count %d sum %g\n", count, sum);
	if (count < 3) {
		count++;
		sum = sum * 3;
		longjmp(top, count * 100);
	}
	printf("after loop: count %d sum %g\n", count, sum);

	if (setjmp(top) == 0) {
		dive(0, 1000);
		printf("never: dive returned\n");
	} else {
		printf("out of the recursion, deepest %d\n", deepest);
	}

	for (v = 1; v <= 3; v++) {
		switch (setjmp(outer)) {
		case 0:
			middle(v);
			break;
		case 10:
			printf("main: caught 10 from outer\n");
			break;
		case 20:
			printf("main: caught 20 from outer\n");
			break;
		case 99:
			printf("main: caught 99 from outer\n");
			break;
		default:
			printf("main: caught something else from outer\n");
			break;
		}
	}

	count = 0;
	if (setjmp(top) == 1)
		printf("longjmp(top, 0) made setjmp return 1\n");
	printf("count %d\n", count);
	if (count++ == 0)
		zero();
	return count == 2 ? 0 : 1;
}

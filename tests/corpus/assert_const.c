/* assert with a condition the compiler can decide: assert(sizeof(int) == 4)
 * expands to ((void)((1) || (__assert_fail(...), 0))), a constant || around
 * a call that does not return. The code after it must still run (a known
 * tcc bug dropped the rest of the function). The same shapes written out
 * by hand: constant ||, && and ?: around a noreturn call, in statement and
 * expression position, followed by more code, loops and returns. */
#include <stdio.h>
#include <stdlib.h>
#include <assert.h>

static int after_assert(int x)
{
	assert(sizeof(int) == 4);
	x += 1;
	assert(1);
	x *= 2;
	assert(sizeof(long) == 8 && "LP64");
	printf("after_assert: %d\n", x);
	return x;
}

static int or_exit(int x)
{
	(void)(1 || (exit(3), 0));
	x += 10;
	(void)(0 && (abort(), 0));
	x += 100;
	return x;
}

static int ternary_exit(int x)
{
	int y = 1 ? x * 2 : (exit(4), 0);
	int z = 0 ? (abort(), 0) : y + 1;
	return z;
}

static int in_loop(int n)
{
	int i, s = 0;
	for (i = 0; i < n; i++) {
		assert(sizeof(char) == 1);
		s += i;
	}
	return s;
}

static int last_statement(void)
{
	int v = 7;
	printf("last_statement: before\n");
	assert(sizeof(short) == 2);
	return v;
}

int main(void)
{
	int r = after_assert(20);
	printf("returned %d\n", r);
	printf("or_exit: %d\n", or_exit(1));
	printf("ternary_exit: %d\n", ternary_exit(5));
	printf("in_loop: %d\n", in_loop(10));
	printf("last_statement: %d\n", last_statement());
	assert(sizeof(void *) == 8);
	printf("end of main\n");
	return 0;
}

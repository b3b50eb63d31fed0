/* Scopes, linkage and storage: tentative definitions completed later in
 * the file, an extern declaration inside a block referring to the
 * file-scope object, shadowing in nested blocks (and the outer object
 * back after the block), static locals keeping their values across calls
 * and recursion, a static function and object used before their
 * definitions, sizeof not evaluating its operand, and for-loop
 * declarations scoped to the loop. */
#include <stdio.h>

int tentative;
int tentative;
int tentative = 5;
int zero_tentative;
static int later(int);
static int counter_obj;
static int counter_obj;

static int uses_extern(void)
{
	extern int tentative;
	return tentative * 2;
}

static int depth_count(int n)
{
	static int calls;
	calls++;
	if (n > 0)
		return depth_count(n - 1);
	return calls;
}

static int later(int x)
{
	return x + counter_obj++;
}

int main(void)
{
	int x = 1, i = 100, n;
	printf("tentative %d %d, extern in block %d\n", tentative, zero_tentative, uses_extern());
	{
		int x = 2;
		{
			int x = 3;
			printf("innermost x %d\n", x);
		}
		printf("inner x %d\n", x);
	}
	printf("outer x %d\n", x);
	for (int i = 0; i < 3; i++)
		x += i;
	printf("loop-scoped i left i = %d, x = %d\n", i, x);
	n = depth_count(4);
	printf("static across recursion: %d, then %d\n", n, depth_count(0));
	n = later(10);
	printf("later: %d %d\n", n, later(10));
	n = 7;
	printf("sizeof does not evaluate: %zu %d\n", sizeof(n++), n);
	printf("sizeof of a call is not a call: %zu %d\n", sizeof later(1), counter_obj);
	return 0;
}

/* Expression rules compilers get wrong: short-circuit && and || (the
 * right side not evaluated), the comma operator's value and sequencing,
 * ?: result types (int vs unsigned, pointer vs null, arithmetic
 * conversions applied to both arms), pre/post increment results,
 * compound assignments evaluating the left side once, pointer arithmetic
 * and differences, array-to-pointer decay in sizeof (it does not
 * happen), logical not of pointers and doubles, and the value of an
 * assignment expression (converted to the left operand's type). */
#include <stdio.h>
#include <stddef.h>

static int calls;
static int touch(int v)
{
	calls++;
	return v;
}

static int *index_once(int *base, int i)
{
	calls++;
	return base + i;
}

int main(void)
{
	int a[10] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
	int *p = a + 3, *q = a + 8;
	int i = 5, j, k;
	unsigned u = 1;
	double d = 0.0;
	char c;
	long long big;

	calls = 0;
	j = touch(0) && touch(1);
	k = touch(1) || touch(0);
	printf("short-circuit: %d %d calls %d\n", j, k, calls);
	calls = 0;
	j = (touch(1), touch(2), touch(3));
	printf("comma: %d calls %d\n", j, calls);
	for (i = 0, j = 10; i < j; i += 3, j -= 2)
		;
	printf("comma in for: %d %d\n", i, j);

	printf("ternary types: %d %d %zu %zu\n", (1 ? -1 : u) > 0, (1 ? -1 : (int)u) > 0,
	       sizeof(1 ? 'a' : 'b'), sizeof(0 ? 1 : 2.0));
	printf("ternary pointer: %d %d\n", *(i ? p : NULL), (0 ? NULL : q) == q);
	printf("ternary lvalue-ish: %d\n", (i > 3 ? a[1] : a[2]));

	i = 5;
	j = i++ + 10;
	k = ++i * 2;
	printf("increments: %d %d %d\n", i, j, k);
	j = i--;
	k = --i;
	printf("decrements: %d %d %d\n", i, j, k);

	calls = 0;
	*index_once(a, 4) += 100;
	*index_once(a, 5) *= 3;
	(*index_once(a, 6))++;
	printf("compound once: %d %d %d calls %d\n", a[4], a[5], a[6], calls);

	printf("pointers: %td %td %d %d %d\n", q - p, p - q, *(p + 2), p[-1], 2[a]);
	printf("pointer compare: %d %d %d\n", p < q, p + 5 == q, &a[10] > q);
	printf("sizeof array: %zu %zu %zu\n", sizeof a, sizeof(a + 0), sizeof &a);
	printf("not: %d %d %d %d\n", !p, !(int *)0, !d, !0.5);

	c = (char)(i = 300);
	printf("assignment value: %d %d\n", c, (c = 'A' + 256) == 'A');
	big = (unsigned)-1;
	printf("assignment conversions: %lld %d\n", big, (u = -1) > 0);
	d = i = 7.9;
	printf("chained: %g %d\n", d, i);
	printf("unary: %d %d %u %d\n", -(-3), ~0, -u, +(char)'x');
	printf("precedence: %d %d %d %d\n", 1 + 2 * 3 << 1, 7 & 3 == 3, 1 ? 2 : 3 ? 4 : 5,
	       -8 >> 1 | 1);
	return 0;
}

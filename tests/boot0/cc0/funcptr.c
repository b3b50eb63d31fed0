/* funcptr: pointers to functions: assigned, compared, in arrays and
 * structs, passed, returned, called with and without '*' */
#include "t.h"

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }

struct op { const char *name; int (*fn)(int, int); };

struct op ops[] = { {"add", add}, {"sub", sub}, {"mul", &mul} };
int (*table[3])(int, int) = { add, sub, mul };

static int (*pick(int i))(int, int)
{
	return table[i];
}

static int fold(int (*f)(int, int), int *v, int n)
{
	int acc = v[0], i;
	for (i = 1; i < n; i++)
		acc = (*f)(acc, v[i]);
	return acc;
}

static void each(void (*cb)(long), long n)
{
	long i;
	for (i = 0; i < n; i++)
		cb(i * i);
}

static void show(long v) { say("cb", v); }

int main(void)
{
	int v[4] = {2, 3, 4, 5};
	int (*f)(int, int) = sub;
	int i;
	for (i = 0; i < 3; i++) {
		put_str(ops[i].name);
		put_char(' ');
		put_num(ops[i].fn(20, 4));
		put_char('\n');
	}
	say("table", table[2](6, 7));
	say("pick", pick(0)(1, 2));
	say("pick2", (*pick(1))(10, 2));
	say("fold_add", fold(add, v, 4));
	say("fold_mul", fold(mul, v, 4));
	say("f", f(1, 1));
	say("eq", f == sub);
	say("ne", f != add);
	f = 0;
	say("null", f == 0);
	each(show, 3);
	say("sizeof", sizeof f);
	return 0;
}

/* Function pointers: arrays of them, pointers returned from functions,
 * typedef'd and raw declarator syntax, calls through a pointer to a
 * variadic function, pointers passed as callbacks with struct and
 * floating arguments, comparison and conversion through void (*)(void)
 * and back, a function designator in its four spellings (f, &f, *f,
 * **f), pointers stored in structs and selected by ?:, and recursion
 * through a pointer. */
#include <stdio.h>
#include <stdarg.h>

typedef int (*binop)(int, int);
struct vec { double x, y; };

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int divi(int a, int b) { return b ? a / b : 0; }

static binop pick(char op)
{
	switch (op) {
	case '+': return add;
	case '-': return sub;
	case '*': return mul;
	default: return divi;
	}
}

/* A function returning a pointer to a function returning int, raw. */
static int (*raw_pick(int i))(int, int)
{
	static int (*const table[])(int, int) = { add, sub, mul, divi };
	return table[i & 3];
}

static int sum_va(int n, ...)
{
	va_list ap;
	int s = 0;
	va_start(ap, n);
	while (n--)
		s += va_arg(ap, int);
	va_end(ap);
	return s;
}

static struct vec apply(struct vec (*f)(struct vec, double), struct vec v, double k)
{
	return f(f(v, k), k);
}

static struct vec scale(struct vec v, double k)
{
	struct vec r = { v.x * k, v.y * k };
	return r;
}

static struct vec rotate(struct vec v, double k)
{
	struct vec r = { -v.y * k, v.x * k };
	return r;
}

static double fold(double (*f)(double, float), const double *v, int n)
{
	double acc = 0;
	int i;
	for (i = 0; i < n; i++)
		acc = f(acc, (float)v[i]);
	return acc;
}

static double acc_sq(double a, float x) { return a + x * x; }
static double acc_max(double a, float x) { return x > a ? x : a; }

struct ops { const char *name; binop fn; int (*unary)(int); };
static int neg(int x) { return -x; }
static int twice(int x) { return 2 * x; }

static long fact(long n, long (*self)(long, void *), void *ctx)
{
	(void)ctx;
	return n <= 1 ? 1 : n * self(n - 1, (void *)self);
}
static long fact_thunk(long n, void *self)
{
	return fact(n, (long (*)(long, void *))self, 0);
}

int main(void)
{
	binop table[4] = { add, sub, mul, divi };
	const char *ops = "+-*/";
	int (*vf)(int, ...) = sum_va;
	struct ops named[2] = { { "neg-add", add, neg }, { "twice-mul", mul, twice } };
	void (*generic)(void);
	double vals[5] = { 1.5, -3, 2.25, 0.5, -1 };
	struct vec v = { 1, 2 }, r;
	int i;

	for (i = 0; i < 4; i++)
		printf("%c: %d %d %d\n", ops[i], table[i](17, 5), pick(ops[i])(-17, 5),
		       raw_pick(i)(100, 7));
	printf("spellings: %d %d %d %d\n", add(1, 2), (&add)(1, 2), (*add)(1, 2), (**add)(1, 2));
	printf("variadic via pointer: %d %d\n", vf(3, 1, 2, 3), vf(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
	r = apply(scale, v, 3);
	printf("apply scale: %g %g\n", r.x, r.y);
	r = apply(rotate, v, 0.5);
	printf("apply rotate: %g %g\n", r.x, r.y);
	printf("fold: %g %g\n", fold(acc_sq, vals, 5), fold(acc_max, vals, 5));
	for (i = 0; i < 2; i++)
		printf("%s: %d\n", named[i].name, named[i].unary(named[i].fn(6, 7)));
	generic = (void (*)(void))mul;
	printf("round trip: %d %d\n", ((binop)generic)(6, 7), (binop)generic == mul);
	printf("compare: %d %d %d\n", table[0] == add, table[1] == add, pick('*') == table[2]);
	printf("ternary: %d\n", (i > 1 ? add : sub)(10, 3));
	printf("fact via self pointer: %ld\n", fact(10, fact_thunk, 0));
	return 0;
}

/* Recursion: Ackermann (deep, non-tail), mutual recursion through
 * prototypes, recursion with many and floating arguments and struct
 * values in each frame, a recursive descent expression evaluator, a
 * depth of 20000 frames (well within the 8 MiB stack), and the
 * permutations of a small set by backtracking. */
#include <stdio.h>
#include <string.h>

static unsigned long ack(unsigned long m, unsigned long n)
{
	if (m == 0)
		return n + 1;
	if (n == 0)
		return ack(m - 1, 1);
	return ack(m - 1, ack(m, n - 1));
}

static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

struct frame { int depth; double weight; char tag[5]; };

static double weighted(struct frame f, int limit, double a, float b, long c, short d)
{
	struct frame next = f;
	if (f.depth == limit)
		return f.weight + a + b + c + d + f.tag[f.depth % 4];
	next.depth++;
	next.weight = f.weight / 2 + next.depth;
	next.tag[next.depth % 4] = (char)('a' + next.depth % 26);
	return weighted(next, limit, a * 1.5, b + 1, c - 3, (short)(d * 3)) + f.weight;
}

static long deep(long n)
{
	volatile char pad[16];
	pad[n % 16] = (char)n;
	if (n == 0)
		return 0;
	return deep(n - 1) + pad[n % 16] % 3;
}

/* expr := term (('+'|'-') term)*; term := factor (('*'|'/') factor)*;
 * factor := number | '(' expr ')' | '-' factor */
static const char *pos;
static long expr(void);
static long factor(void)
{
	long v = 0;
	if (*pos == '(') {
		pos++;
		v = expr();
		pos++;
		return v;
	}
	if (*pos == '-') {
		pos++;
		return -factor();
	}
	while (*pos >= '0' && *pos <= '9')
		v = v * 10 + (*pos++ - '0');
	return v;
}
static long term(void)
{
	long v = factor();
	while (*pos == '*' || *pos == '/') {
		char op = *pos++;
		long r = factor();
		v = op == '*' ? v * r : v / r;
	}
	return v;
}
static long expr(void)
{
	long v = term();
	while (*pos == '+' || *pos == '-') {
		char op = *pos++;
		long r = term();
		v = op == '+' ? v + r : v - r;
	}
	return v;
}
static long eval(const char *s)
{
	pos = s;
	return expr();
}

static int count;
static void permute(char *s, int k, int n)
{
	int i;
	if (k == n) {
		if (count++ % 20 == 0)
			printf("perm %d: %s\n", count - 1, s);
		return;
	}
	for (i = k; i < n; i++) {
		char t = s[k];
		s[k] = s[i];
		s[i] = t;
		permute(s, k + 1, n);
		s[i] = s[k];
		s[k] = t;
	}
}

int main(void)
{
	struct frame f = { 0, 1.0, "wxyz" };
	char set[] = "abcde";
	unsigned long m, n;

	for (m = 0; m <= 3; m++)
		for (n = 0; n <= 4; n++)
			printf("ack(%lu,%lu) = %lu\n", m, n, ack(m, n));
	printf("ack(3,8) = %lu\n", ack(3, 8));
	printf("even/odd: %d %d %d\n", is_even(1000), is_odd(777), is_even(9999));
	printf("weighted: %.17g\n", weighted(f, 30, 0.5, 0.25f, 1000, 1));
	printf("deep: %ld\n", deep(20000));
	printf("eval: %ld %ld %ld %ld\n", eval("1+2*3"), eval("(1+2)*3"), eval("-(4-10)/-3*7"),
	       eval("2*(3+(4*(5-(6/(1+1)))))-100"));
	permute(set, 0, 5);
	printf("permutations: %d, set back: %s\n", count, set);
	return 0;
}

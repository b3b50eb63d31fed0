/* recursion: direct and mutual recursion, deep recursion, recursion
 * with arrays in the frame */
#include "t.h"

static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static int ack(int m, int n)
{
	if (m == 0)
		return n + 1;
	if (n == 0)
		return ack(m - 1, 1);
	return ack(m - 1, ack(m, n - 1));
}

static int is_odd(int n);
static int is_even(int n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(int n) { return n == 0 ? 0 : is_even(n - 1); }

static int moves;

static void hanoi(int n, int from, int to, int via)
{
	if (n == 0)
		return;
	hanoi(n - 1, from, via, to);
	moves++;
	hanoi(n - 1, via, to, from);
}

static long depth(long n)
{
	char pad[40];
	pad[n % 40] = n;
	if (n == 0)
		return 0;
	return depth(n - 1) + pad[n % 40] % 3;
}

static void perm(char *s, int k, int n)
{
	int i;
	char t;
	if (k == n) {
		put_str(s);
		put_char(' ');
		return;
	}
	for (i = k; i < n; i++) {
		t = s[k]; s[k] = s[i]; s[i] = t;
		perm(s, k + 1, n);
		t = s[k]; s[k] = s[i]; s[i] = t;
	}
}

int main(void)
{
	char s[] = "abc";
	say("fib", fib(20));
	say("ack", ack(2, 3));
	say("even", is_even(100));
	say("odd", is_odd(7));
	hanoi(10, 1, 3, 2);
	say("hanoi", moves);
	say("depth", depth(10000));
	perm(s, 0, 3);
	put_char('\n');
	return 0;
}

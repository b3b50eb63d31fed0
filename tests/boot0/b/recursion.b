// recursion: fib, Ackermann, and mutual recursion through forward calls
// expect status 0
long fib(long n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2); }

long ack(long m, long n)
{
	if (m == 0)
		return n + 1;
	if (n == 0)
		return ack(m - 1, 1);
	return ack(m - 1, ack(m, n - 1));
}

long is_even(long n) { if (n == 0) return 1; return is_odd(n - 1); }
long is_odd(long n) { if (n == 0) return 0; return is_even(n - 1); }

long depth(long n) { long pad[8]; pad[7] = n; if (n == 0) return 0; return 1 + depth(n - 1) + pad[7] - n; }

long main()
{
	say("fib", fib(20));
	say("ack", ack(2, 3));
	say("even", is_even(10));
	say("odd", is_odd(7));
	say("deep", depth(20000));
	return 0;
}

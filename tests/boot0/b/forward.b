// forward: calls to functions defined later, a declaration before the
// definition, and a function's address taken after a declaration
// expect status 0
long later(long x);
long through;

long main()
{
	say("later", later(4));
	say("much-later", much_later(1, 2));
	through = later;
	say("through", through(5));
	say("void", done());
	return 0;
}

long later(long x) { return x * x; }

long much_later(long a, long b) { return helper(a) + b; }
long helper(long a) { return a + 100; }
void done() { }

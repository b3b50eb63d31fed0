// calls before the definition must agree with it
long main()
{
	return g(1);
}
long g(long a, long b) { return a; }

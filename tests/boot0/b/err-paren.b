// a call not closed
long f(long a, long b) { return 0; }
long main()
{
	return f(1, 2;
}

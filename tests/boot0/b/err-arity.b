// a call with one argument too many
long f(long a) { return a; }
long main()
{
	return f(1, 2);
}

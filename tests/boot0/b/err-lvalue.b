// assignment to a value
long main()
{
	1 + 2 = 3;
}

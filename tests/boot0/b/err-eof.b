// a function body that does not end
long main()
{
	return 0;

// a function called and never defined
long main()
{
	return
		nowhere(1);
}

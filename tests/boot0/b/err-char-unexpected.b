// a character that is not B
long main()
{
	return 1 @ 2;
}

// a string that does not end on its line
long main()
{
	puts("abc);
}

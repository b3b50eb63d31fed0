// a missing semicolon
long main()
{
	return 0
}

// a name never declared
long main()
{
	return nothing + 1;
}

// a type without a name
long main()
{
	long 5;
}

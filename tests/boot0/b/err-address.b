// & of a value
long main()
{
	return &5;
}

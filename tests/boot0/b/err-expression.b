// an operator where an operand belongs
long main()
{
	return 1 + * ;
}

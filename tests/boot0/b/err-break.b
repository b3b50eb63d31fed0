// break outside a loop
long main()
{
	if (1)
		break;
}

// do without while
long main()
{
	do ; until (1);
}

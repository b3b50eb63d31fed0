// comma: the comma operator (its value is the last one's) and in for
// expect status 0
long main()
{
	long i, j, n = 0;
	for (i = 0, j = 10; i < j; i++, j--)
		n++;
	say("pairs", n);
	n = (i = 3, i + 4);
	say("value", n);
	return 0;
}

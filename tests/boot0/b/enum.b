// enum: implicit values counting on, explicit ones, negative ones, a
// tag, constants as array sizes, initializers and case-like tests
// expect status 3
enum { ZERO, ONE, TWO };
enum color { RED = 10, GREEN, BLUE = -2, VIOLET, };
enum { N = 3 };
long table[N];
long init = GREEN;

long name(long c)
{
	if (c == RED) return 'r';
	if (c == GREEN) return 'g';
	return '?';
}

long main()
{
	say("zero", ZERO);
	say("two", TWO);
	say("red", RED);
	say("green", GREEN);
	say("blue", BLUE);
	say("violet", VIOLET);
	say("init", init);
	table[N - 1] = 5;
	say("last", table[2]);
	putc(name(GREEN)); putc(name(RED)); putc(name(BLUE)); putc('\n');
	return N;
}

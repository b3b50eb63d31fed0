// args: many arguments, in order, with calls nested in them; calls
// through function addresses held in variables and arrays
// expect status 0
long ten(long a, long b, long c, long d, long e, long f, long g, long h, long i, long j)
{
	return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j;
}

long sub(long a, long b) { return a - b; }
long twice(long x) { return 2 * x; }
long none() { return 77; }

long table[3];

long main()
{
	long f;
	say("ten", ten(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
	say("order", sub(10, 3));
	say("nested", sub(sub(100, twice(10)), sub(twice(3), 1)));
	say("in-ten", ten(sub(2, 1), 0, 0, 0, 0, 0, 0, 0, 0, twice(twice(1))));
	say("none", none());
	f = sub;
	say("pointer", f(50, 8));
	table[0] = twice; table[1] = none; table[2] = sub;
	say("table0", table[0](21));
	say("table1", table[1]());
	say("table2", table[2](table[0](5), 1));
	say("mixed", sub(f(9, 2), table[0](f(3, 1))));
	return 0;
}

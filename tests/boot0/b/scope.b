// scope: a block's locals shadow outer names and end at its '}';
// declarations anywhere in a body; parameters shadow globals
// expect status 0
long x = 1;

long shadow(long x) { return x * 10; }

long main()
{
	say("global", x);
	long x = 2;
	say("local", x);
	{
		long x = 3;
		say("inner", x);
		{
			say("still", x);
			long x = 4;
			say("innermost", x);
		}
		say("back", x);
	}
	say("outer", x);
	say("param", shadow(5));
	long y = x + 5;
	say("later", y);
	if (y) {
		long z = 100;
		y += z;
	}
	say("if-block", y);
	return 0;
}

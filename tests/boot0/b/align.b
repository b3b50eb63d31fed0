// align: globals and strings sit at multiples of 8 (the data comes first
// in b's output, and start.m1 ends at a multiple of 8)
// expect status 0
char c1[3];
long w;
char c2[9];
long w2;
char *s = "odd";

long main()
{
	char *t = "five!";
	say("c1", c1 & 7);
	say("w", &w & 7);
	say("c2", c2 & 7);
	say("w2", &w2 & 7);
	say("s", s & 7);
	say("t", t & 7);
	say("gap", &w2 - c2);
	return 0;
}

// logic: && and || short-circuit and give 0 or 1; ?: evaluates one side
// expect status 0
long calls;

long t(long v)
{
	calls++;
	return v;
}

long main()
{
	long r;
	calls = 0; r = t(0) && t(1); say("0&&1", r); say("calls", calls);
	calls = 0; r = t(5) && t(7); say("5&&7", r); say("calls", calls);
	calls = 0; r = t(5) || t(0); say("5||0", r); say("calls", calls);
	calls = 0; r = t(0) || t(0); say("0||0", r); say("calls", calls);
	calls = 0; r = t(0) || t(9); say("0||9", r); say("calls", calls);
	say("prec", 1 || 0 && 0);
	say("prec2", (1 || 0) && 0);
	calls = 0; r = t(1) ? t(10) : t(20); say("?1", r); say("calls", calls);
	calls = 0; r = t(0) ? t(10) : t(20); say("?0", r); say("calls", calls);
	r = 0 ? 1 : 0 ? 2 : 3; say("right", r);
	r = 1 ? 0 ? 4 : 5 : 6; say("nested", r);
	say("or-cond", (0 || 3) ? 11 : 12);
	say("?||", 0 || 1 ? 5 : 6);
	r = 1 ? 7 : 8; say("?=", r);
	return 0;
}

// compare: == != < <= > >=, signed, each 0 or 1
// expect status 0
long main()
{
	long neg = -1, pos = 1;
	say("eq", 3 == 3);
	say("eq0", 3 == 4);
	say("ne", 3 != 4);
	say("ne0", 3 != 3);
	say("lt", neg < pos);
	say("lt0", pos < neg);
	say("le", 2 <= 2);
	say("le0", 3 <= 2);
	say("gt", pos > neg);
	say("gt0", neg > pos);
	say("ge", 2 >= 2);
	say("ge0", 1 >= 2);
	say("big", 0x7fffffffffffffff > -0x7fffffffffffffff);
	say("chain", 1 < 2 < 3);
	return 0;
}

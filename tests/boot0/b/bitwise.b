// bitwise: & | ^ << >> (arithmetic), and their precedence among the others
// expect status 0
long main()
{
	long m = 12, n = 10;
	say("and", m & n);
	say("or", m | n);
	say("xor", m ^ n);
	say("shl", 1 << 40);
	say("sar", -64 >> 3);
	say("sar-big", -1 >> 63);
	say("shr", 1024 >> 4);
	// + binds tighter than <<, << tighter than <, < tighter than ==
	say("1<<2+1", 1 << 2 + 1);
	say("1<2==1", 1 < 2 == 1);
	// == tighter than &, & than ^, ^ than |
	say("6&3==3", 6 & 3 == 3);
	say("1|2^3&4", 1 | 2 ^ 3 & 4);
	say("5^3|8", 5 ^ 3 | 8);
	say("mask", (0x12345678 >> 8) & 0xff);
	// << tighter than <, | tighter than &&, unary tighter than *
	say("1<1<<2", 1 < 1 << 2);
	say("2&&0|4", 2 && 0 | 4);
	say("-2*~0", -2 * ~0);
	return 0;
}

// constants: numbers at the edges of li_a's 32 bits and past them, hex
// of 64 bits, negative wide numbers
// expect status 0
long main()
{
	say("max32", 2147483647);
	say("over32", 2147483648);
	say("min32", -2147483648);
	say("under32", -2147483649);
	say("u32", 0xffffffff);
	say("hex64", 0x123456789abcdef0);
	say("top", 0x8000000000000000);
	say("minus1", 0xffffffffffffffff);
	say("hi-lo", 0x100000000 + 0x80000000);
	say("zero", 0);
	say("neg-wide", -0x7fffffff00000001);
	say("u64", 18446744073709551615);
	say("u64-hex", 0xfffffffffffffffe);
	return 0;
}

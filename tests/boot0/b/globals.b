// globals: initialized and zeroed words, strings, arrays of words, bytes
// and char pointers, enum constants as initializers
// expect status 0
enum { SIZE = 4, START = -7 };
long zero;
long init = 42;
long neg = -5;
long hex = 0x7f;
long chr = 'A';
long big = 0x123456789;
long start = START;
char *greet = "hello";
long words[SIZE];
char bytes[5];
char *names[3];
long a, b = 2, c;

long main()
{
	long i;
	say("zero", zero);
	say("init", init);
	say("neg", neg);
	say("hex", hex);
	say("chr", chr);
	say("big", big);
	say("start", start);
	puts(greet); putc('\n');
	say("abc", a + b + c);
	for (i = 0; i < SIZE; i++) say("word", words[i]);
	for (i = 0; i < SIZE; i++) words[i] = i * 100;
	say("words", words[0] + words[1] + words[2] + words[3]);
	for (i = 0; i < 4; i++) bytes[i] = 'w' + i;
	puts(bytes); putc('\n');
	names[0] = "zero"; names[1] = "one"; names[2] = greet;
	puts(names[1]); putc('\n');
	say("letter", names[2][1]);
	init = 43;
	say("changed", init);
	return 0;
}

// incdec: prefix and postfix ++ and -- on locals, globals, words and bytes,
// and *p++ walking a string
// expect status 0
long g = 10;
long w[3];
char b[3];

long main()
{
	long x = 5, y;
	char *s = "abc";
	char *p;
	y = x++; say("post-old", y); say("post-new", x);
	y = ++x; say("pre", y); say("pre-new", x);
	y = x--; say("dec-old", y); say("dec-new", x);
	y = --x; say("pre-dec", y);
	say("global", g++ + ++g);
	w[1] = 41; w[1]++; ++w[1]; say("word", w[1]);
	b[0] = 255; y = b[0]++; say("byte-old", y); say("byte-wrap", b[0]);
	b[1] = 0; y = --b[1]; say("byte-pre", y);
	b[2] = 0; y = b[2]--; say("byte-post", y); say("byte-after", b[2]);
	p = s;
	y = *p++; say("first", y);
	y = *p++; say("second", y);
	say("rest", *p);
	p = s + 3;
	y = *--p; say("back", y);
	return 0;
}

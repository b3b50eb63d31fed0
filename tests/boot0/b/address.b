// address: & of locals, parameters, globals and elements; stores through
// the pointers; & of a byte gives a char pointer
// expect status 0
long g;

void swap(long *p, long *q)
{
	long t = *p;
	*p = *q;
	*q = t;
}

void set(long *p, long v) { *p = v; }

long param(long x)
{
	set(&x, x + 1);
	return x;
}

long main()
{
	long a = 1, b = 2;
	long w[3];
	char s[4];
	char *cp;
	char **cpp;
	long *p;
	swap(&a, &b);
	say("a", a);
	say("b", b);
	set(&g, 99);
	say("g", g);
	say("param", param(41));
	p = &w[1];
	*p = 7;
	say("w1", w[1]);
	p[1] = 8;
	say("w2", w[2]);
	s[0] = 'a'; s[1] = 'b'; s[2] = 'c'; s[3] = 0;
	cp = &s[1];
	*cp = 'X';
	puts(s); putc('\n');
	say("cp1", cp[1]);
	cpp = &cp;
	say("cpp", **cpp);
	*cpp = s;
	say("moved", *cp);
	say("same", &a == &a);
	return 0;
}

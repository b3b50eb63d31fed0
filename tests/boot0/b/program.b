// program: a small interpreter in the style cc0 will be written in: a
// lexer over a string, a hash table of names in brk memory, a recursive
// descent evaluator, a sort, and a table of handlers
// expect status 0
enum { T_END, T_NUM, T_NAME, T_OP };
enum { NBUCKET = 64, ENTRY = 24 };

char *heap;
long heap_left;

// alloc(n): n bytes from brk, zeroed by the kernel
char *alloc(long n)
{
	char *p;
	n = (n + 7) & ~7;
	if (heap_left < n) {
		heap = brk(0);
		if (brk(heap + 65536) != heap + 65536) {
			puts("no memory\n");
			exit(1);
		}
		heap_left = 65536;
	}
	p = heap;
	heap += n;
	heap_left -= n;
	return p;
}

long buckets[NBUCKET];

long same(char *a, char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

long hash(char *s)
{
	long h = 0;
	while (*s)
		h = h * 31 + *s++;
	return h & (NBUCKET - 1);
}

// lookup(name, make): the entry (next, name, value) of name, or 0
long *lookup(char *name, long make)
{
	long *e;
	long h = hash(name);
	for (e = buckets[h]; e; e = e[0])
		if (same(e[1], name))
			return e;
	if (!make)
		return 0;
	e = alloc(ENTRY);
	e[0] = buckets[h];
	e[1] = name;
	buckets[h] = e;
	return e;
}

char *src;
long tok;
long tok_num;
char tok_name[32];

void next()
{
	long n = 0;
	while (*src == ' ')
		src++;
	if (*src == 0) { tok = T_END; return; }
	if (*src >= '0' && *src <= '9') {
		tok_num = 0;
		while (*src >= '0' && *src <= '9')
			tok_num = tok_num * 10 + *src++ - '0';
		tok = T_NUM;
		return;
	}
	if (*src >= 'a' && *src <= 'z') {
		while (*src >= 'a' && *src <= 'z' && n < 31)
			tok_name[n++] = *src++;
		tok_name[n] = 0;
		tok = T_NAME;
		return;
	}
	tok = T_OP;
	tok_num = *src++;
}

long expr();

long atom()
{
	long v;
	long *e;
	if (tok == T_NUM) { v = tok_num; next(); return v; }
	if (tok == T_NAME) {
		e = lookup(tok_name, 0);
		next();
		return e ? e[2] : -1;
	}
	if (tok == T_OP && tok_num == '(') {
		next();
		v = expr();
		next();
		return v;
	}
	if (tok == T_OP && tok_num == '-') { next(); return -atom(); }
	return 0;
}

long term()
{
	long v = atom(), op;
	while (tok == T_OP && (tok_num == '*' || tok_num == '/')) {
		op = tok_num;
		next();
		if (op == '*') v *= atom(); else v /= atom();
	}
	return v;
}

long expr()
{
	long v = term(), op;
	while (tok == T_OP && (tok_num == '+' || tok_num == '-')) {
		op = tok_num;
		next();
		v = op == '+' ? v + term() : v - term();
	}
	return v;
}

// run(line): "name = expr" or "expr"; prints the value
void run(char *line)
{
	char *name;
	long *e;
	long n;
	src = line;
	next();
	if (tok == T_NAME) {
		char *save = src;
		next();
		if (tok == T_OP && tok_num == '=') {
			n = 0;
			while (line[n] >= 'a' && line[n] <= 'z') n++;
			name = alloc(n + 1);
			for (long i = 0; i < n; i++) name[i] = line[i];
			e = lookup(name, 1);
			next();
			e[2] = expr();
			say(name, e[2]);
			return;
		}
		src = line;
		next();
	}
	say("=", expr());
}

void sort(long *a, long n)
{
	long i, j, t;
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && a[j - 1] > a[j]; j--) {
			t = a[j]; a[j] = a[j - 1]; a[j - 1] = t;
		}
}

long h_twice(long x) { return 2 * x; }
long h_square(long x) { return x * x; }
long h_negate(long x) { return -x; }

long main()
{
	long a[8];
	long handlers[3];
	char *names[3];
	long i;
	run("x = 6 * 7");
	run("y = x - 2 * (3 + 4)");
	run("x + y / 4");
	run("-(x - 50) * 2");
	run("zz = 100");
	run("zz / 3 - nothing");
	for (i = 0; i < 8; i++) a[i] = (i * 5 + 3) % 8 - 4;
	sort(a, 8);
	for (i = 0; i < 8; i++) { putn(a[i]); putc(i < 7 ? ' ' : '\n'); }
	handlers[0] = h_twice; handlers[1] = h_square; handlers[2] = h_negate;
	names[0] = "twice"; names[1] = "square"; names[2] = "negate";
	for (i = 0; i < 3; i++)
		say(names[i], handlers[i](lookup("y", 0)[2]));
	return 0;
}

// lib.b: what the tests print with; compiled after sys.b and before each test.

long str_len(char *s)
{
	char *p = s;
	while (*p)
		p++;
	return p - s;
}

void puts(char *s) { write(1, s, str_len(s)); }

void putc(long c)
{
	char b[8];
	b[0] = c;
	write(1, b, 1);
}

// putn(n): n in decimal; the digits come from -|n|, which fits even for
// the most negative n
void putn(long n)
{
	char buf[24];
	char *p = buf + 23;
	long neg = n < 0;
	*p = 0;
	if (!neg)
		n = -n;
	do {
		*--p = '0' - n % 10;
		n = n / 10;
	} while (n);
	if (neg)
		*--p = '-';
	puts(p);
}

// say(name, n): "name n\n"
void say(char *name, long n)
{
	puts(name);
	putc(' ');
	putn(n);
	putc('\n');
}

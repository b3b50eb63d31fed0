// arrays: word and byte arrays, local and global; p[i] is the word at
// p + 8i but the byte at p + i through a char pointer; char *v[] and
// char **; arithmetic is never scaled
// expect status 0
long gw[5];
char gb[8];

long sum(long *p, long n)
{
	long s = 0, i;
	for (i = 0; i < n; i++)
		s += p[i];
	return s;
}

long main()
{
	long lw[4];
	char lb[6];
	char *v[3];
	char **pv;
	long *p;
	char *s;
	long i;
	for (i = 0; i < 4; i++) lw[i] = i + 1;
	say("local-words", sum(lw, 4));
	for (i = 0; i < 5; i++) gw[i] = 10 * i;
	say("global-words", sum(gw, 5));
	p = gw;
	say("unscaled", *(p + 16));
	say("scaled", p[2]);
	for (i = 0; i < 5; i++) lb[i] = 'a' + i;
	lb[5] = 0;
	puts(lb); putc('\n');
	s = lb;
	say("byte", s[3]);
	say("deref-byte", *(s + 4));
	gb[0] = 1; gb[1] = 2;
	say("bytes-as-word", *(gw + 0) + 0 * gb[0]);
	p = gb;
	say("word-of-bytes", p[0]);
	v[0] = "xy"; v[1] = "pq"; v[2] = lb;
	pv = v;
	say("v", v[1][1]);
	say("pv", pv[2][0]);
	say("star-pv", **pv);
	s = *(pv + 8);
	say("pv+8", s[0]);
	return 0;
}

#include "sys.h"
#include "out.h"

static int failed;

void put_fd(int fd, const char *s)
{
	sys_write(fd, s, strlen(s));
}

void put(const char *s)
{
	put_fd(1, s);
}

char *fmt_num(char *buf, long v)
{
	char tmp[21];
	unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;
	int n = 0, i = 0;

	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		buf[i++] = '-';
	while (n)
		buf[i++] = tmp[--n];
	buf[i] = 0;
	return buf;
}

long parse_num(const char *s)
{
	long v = 0;
	while (*s >= '0' && *s <= '9')
		v = v * 10 + (*s++ - '0');
	return v;
}

void put_num(long v)
{
	char buf[21];
	put(fmt_num(buf, v));
}

void show(const char *what, long v)
{
	put(what);
	put(" ");
	put_num(v);
	put("\n");
}

int check(int cond, const char *what)
{
	if (!cond)
		failed = 1;
	put(cond ? "ok " : "FAIL ");
	put(what);
	put("\n");
	return cond;
}

int expect(long got, long want, const char *what)
{
	int ok = got == want;
	if (!ok)
		failed = 1;
	put(ok ? "ok " : "FAIL ");
	put(what);
	put(" = ");
	put_num(got);
	if (!ok) {
		put(" (want ");
		put_num(want);
		put(")");
	}
	put("\n");
	return ok;
}

int done(int status)
{
	return failed ? 1 : status;
}

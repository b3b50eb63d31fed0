/* t.h: how the cc0 corpus programs print, in C0 (through lib0.h, so the
 * same program builds with cc0 and lib0.c or with gcc and user/libc).
 * Every write goes straight out: nothing is lost at exit. */
#include "lib0.h"

static void put_str(const char *s)
{
	write(1, s, strlen(s));
}

static void put_char(int c)
{
	char b = c;
	write(1, &b, 1);
}

/* put_num(n): n in decimal; the digits come from -|n|, which fits even
 * for the most negative n */
static void put_num(long n)
{
	char buf[24];
	char *p = buf + 23;
	int neg = n < 0;
	*p = 0;
	if (!neg)
		n = -n;
	do {
		*--p = '0' - n % 10;
		n = n / 10;
	} while (n);
	if (neg)
		*--p = '-';
	put_str(p);
}

static void put_unum(unsigned long n)
{
	char buf[24];
	char *p = buf + 23;
	*p = 0;
	do {
		*--p = '0' + n % 10;
		n = n / 10;
	} while (n);
	put_str(p);
}

static void put_hex(unsigned long n)
{
	char buf[24];
	char *p = buf + 23;
	*p = 0;
	do {
		*--p = "0123456789abcdef"[n & 15];
		n = n >> 4;
	} while (n);
	put_str(p);
}

/* say(name, v): "name v" on a line */
static void say(const char *name, long v)
{
	put_str(name);
	put_char(' ');
	put_num(v);
	put_char('\n');
}

/* sayu(name, v): "name v" with v unsigned */
static void sayu(const char *name, unsigned long v)
{
	put_str(name);
	put_char(' ');
	put_unum(v);
	put_char('\n');
}

/* sayx(name, v): "name 0xV" */
static void sayx(const char *name, unsigned long v)
{
	put_str(name);
	put_str(" 0x");
	put_hex(v);
	put_char('\n');
}

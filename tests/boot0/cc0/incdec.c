/* incdec: prefix and postfix ++ and -- on each type and on pointers:
 * the values they give and leave */
#include "t.h"

struct pt { int x; long y; };

int main(void)
{
	int i = 5;
	char c = 0;
	signed char sc = -128;
	short s = -32768;
	unsigned u = 0;
	long l = 9223372036854775807L;
	long arr[5] = {10, 20, 30, 40, 50};
	long *p = arr;
	struct pt pts[3];
	struct pt *q = pts;
	char str[] = "abc";
	char *sp = str;
	say("i++", i++);
	say("i", i);
	say("++i", ++i);
	say("i--", i--);
	say("--i", --i);
	say("c--", c--);
	say("c", c);
	say("++c", ++c);
	say("sc--", sc--);
	say("sc", sc);
	say("s--", s--);
	say("s", s);
	sayu("u--", u--);
	sayu("u", u);
	say("l++", l++);
	say("l", l);
	say("*p++", *p++);
	say("*p", *p);
	say("*++p", *++p);
	say("(*p)++", (*p)++);
	say("*p", *p);
	say("p-arr", p - arr);
	say("p--", (p--) - arr);
	q++;
	say("q-pts", q - pts);
	say("q_bytes", (char *)q - (char *)pts);
	q->x = 7;
	q->x++;
	++q->x;
	say("q->x", pts[1].x);
	say("*sp++", *sp++);
	say("*sp", *sp);
	while (*sp)
		sp++;
	say("len", sp - str);
	return 0;
}

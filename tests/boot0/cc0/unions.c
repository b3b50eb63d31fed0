/* unions: size and alignment of the largest member, all members at 0,
 * little-endian views of one value */
#include "t.h"

union num { long l; int i[2]; short s[4]; unsigned char b[8]; };
union odd { char c[5]; short s; };
struct tagged { int kind; union { long n; char *s; } v; };

int main(void)
{
	union num n;
	struct tagged t[2];
	int i;
	n.l = 0x1122334455667788;
	sayx("i0", n.i[0]);
	sayx("i1", n.i[1]);
	sayx("s3", n.s[3]);
	sayx("b0", n.b[0]);
	n.b[7] = 0xff;
	say("l", n.l);
	n.i[0] = -1;
	sayx("l2", n.l);
	say("size_num", sizeof(union num));
	say("size_odd", sizeof(union odd));
	say("size_tagged", sizeof(struct tagged));
	t[0].kind = 0;
	t[0].v.n = 42;
	t[1].kind = 1;
	t[1].v.s = "str";
	for (i = 0; i < 2; i++) {
		if (t[i].kind == 0)
			say("n", t[i].v.n);
		else {
			put_str(t[i].v.s);
			put_char('\n');
		}
	}
	return 0;
}

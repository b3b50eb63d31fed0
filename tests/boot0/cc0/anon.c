/* anon: anonymous struct and union members (C11), reached through the
 * enclosing struct, with their layout */
#include "t.h"

struct value {
	int kind;
	union {
		long n;
		struct { int lo, hi; };
		char bytes[8];
	};
	struct { char flag; short count; };
};

int main(void)
{
	struct value v;
	struct value *p = &v;
	v.kind = 1;
	v.n = 0x0000000200000001;
	say("lo", v.lo);
	say("hi", p->hi);
	say("byte", v.bytes[4]);
	v.flag = 'f';
	v.count = -2;
	say("count", p->count);
	say("size", sizeof v);
	say("off_n", (char *)&v.n - (char *)&v);
	say("off_flag", (char *)&v.flag - (char *)&v);
	say("off_count", (char *)&v.count - (char *)&v);
	return 0;
}

/* struct_assign: struct and union assignment copies every byte, nested
 * and in arrays; the value of an assignment; copies are independent */
#include "t.h"

struct p { int x, y; };
struct r { struct p a, b; char name[5]; };
union u { long l; char c[8]; };

struct r g;

static void show(const char *n, struct r *r)
{
	put_str(n);
	put_char(' ');
	put_num(r->a.x);
	put_char(',');
	put_num(r->a.y);
	put_char(',');
	put_num(r->b.x);
	put_char(',');
	put_num(r->b.y);
	put_char(',');
	put_str(r->name);
	put_char('\n');
}

int main(void)
{
	struct r r1, r2, arr[3];
	struct p pt;
	union u u1, u2;
	struct r *pr;
	r1.a.x = 1;
	r1.a.y = 2;
	r1.b.x = 3;
	r1.b.y = 4;
	r1.name[0] = 'a';
	r1.name[1] = 'b';
	r1.name[2] = 0;
	r2 = r1;
	show("r2", &r2);
	r2.a.x = 100;
	show("r1", &r1);
	pt = r1.b;
	say("pt", pt.x * 10 + pt.y);
	r1.a = pt;
	show("r1a", &r1);
	arr[0] = r1;
	arr[2] = arr[0];
	arr[2].name[0] = 'z';
	show("arr2", &arr[2]);
	g = arr[2];
	show("g", &g);
	pr = &arr[1];
	*pr = g;
	show("pr", pr);
	arr[0] = arr[1] = r2;
	show("chain", &arr[0]);
	u1.l = 0x0102030405060708;
	u2 = u1;
	say("u2", u2.c[0] * 10 + u2.c[7]);
	say("sizeof_r", sizeof r1);
	return 0;
}

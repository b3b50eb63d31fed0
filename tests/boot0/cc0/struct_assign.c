/* struct_assign: struct and union assignment copies every byte, nested
 * and in arrays; the value of an assignment; copies are independent */
#include "t.h"

struct p { int x, y; };
struct r { struct p a, b; char name[5]; };
union u { long l; char c[8]; };
struct odd { char c[13]; };
struct three { char a, b, c; };

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
	struct odd o1, o2;
	struct three t[3] = {{7, 8, 9}};
	int i;
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
	for (i = 0; i < 13; i++)
		o1.c[i] = 'a' + i;
	o2 = o1;
	o1.c[12] = 0;
	o2.c[0] = 'A';
	put_str(o1.c);
	put_char(' ');
	put_char(o2.c[0]);
	put_char(o2.c[12]);
	put_char('\n');
	t[0].a = 1;
	t[0].b = 2;
	t[0].c = 3;
	t[2].a = 9;
	t[1] = t[0];
	t[0] = t[2];
	say("three", t[0].a * 100 + t[1].a * 10 + t[1].c + t[2].b * 1000);
	say("sizeof_three", sizeof t);
	return 0;
}

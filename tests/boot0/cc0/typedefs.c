/* typedefs: of integers, pointers, arrays, structs, function types and
 * function pointers; a typedef name shadowed by a variable */
#include "t.h"

typedef int myint;
typedef unsigned char byte;
typedef char *string;
typedef int vec3[3];
typedef struct point { int x, y; } point;
typedef struct list list;
struct list { int v; list *next; };
typedef int binop(int, int);
typedef int (*binop_p)(int, int);
typedef point *point_p;

static int add(int a, int b) { return a + b; }
static int mul(int a, int b) { return a * b; }

static int apply(binop *f, int a, int b) { return f(a, b); }

int main(void)
{
	myint i = 5;
	byte b = 300;
	string s = "hello";
	vec3 v = {1, 2, 3};
	point p = {3, 4};
	point_p pp = &p;
	list l1, l2;
	binop_p f = mul;
	say("i", i);
	say("b", b);
	say("s", s[1]);
	say("v", v[0] + v[1] * 10 + v[2] * 100);
	say("sizeof_vec3", sizeof(vec3));
	say("pp", pp->x * pp->y);
	l1.v = 1;
	l1.next = &l2;
	l2.v = 2;
	say("list", l1.next->v);
	say("apply", apply(add, 3, 4) + apply(mul, 3, 4));
	say("f", f(6, 7));
	{
		int myint = 3;
		say("shadow", myint * 2);
	}
	{
		myint x = 9;
		say("again", x);
	}
	say("sizeof_point", sizeof(point));
	return 0;
}

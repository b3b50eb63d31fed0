/* incomplete: structs used through pointers before they are complete,
 * mutually referring structs, a struct completed later, prototypes
 * before definitions */
#include "t.h"

struct a;
struct b;
struct a *make_a(int v);
int get(struct a *p);

struct a { int v; struct b *peer; };
struct b { struct a *peer; long w; };

struct later *keep;
struct later { int x; };
struct later one = {9};

struct a *make_a(int v)
{
	struct a *p = malloc(sizeof(struct a));
	p->v = v;
	p->peer = 0;
	return p;
}

int get(struct a *p) { return p->v; }

int main(void)
{
	struct a *x = make_a(5);
	struct b y;
	y.peer = x;
	y.w = 7;
	x->peer = &y;
	say("cycle", x->peer->peer->v + x->peer->w);
	keep = &one;
	say("later", keep->x);
	say("get", get(make_a(11)));
	return 0;
}

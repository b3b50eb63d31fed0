/* structs: layout by natural alignment (offsets, sizes, padding),
 * nested structs, arrays of structs, pointers to structs, -> chains */
#include "t.h"

struct a { char c; int i; char d; };
struct b { char c; long l; short s; };
struct c { short s; char x[3]; };
struct inner { int v; char tag; };
struct outer { char k; struct inner in; struct inner arr[3]; long tail; };
struct node { int val; struct node *next; };
struct empty_tail { int n; long data[]; };

int main(void)
{
	struct outer o;
	struct outer os[2];
	struct outer *po = &os[1];
	struct node n1, n2, n3;
	struct node *p;
	int i;
	say("a_size", sizeof(struct a));
	say("a_i", (long)&((struct a *)0)->i);
	say("a_d", (long)&((struct a *)0)->d);
	say("b_size", sizeof(struct b));
	say("b_l", (long)&((struct b *)0)->l);
	say("b_s", (long)&((struct b *)0)->s);
	say("c_size", sizeof(struct c));
	say("c_x", (long)&((struct c *)0)->x);
	say("outer_size", sizeof(struct outer));
	say("outer_in", (long)&((struct outer *)0)->in);
	say("outer_arr", (long)&((struct outer *)0)->arr);
	say("outer_arr2_tag", (long)&((struct outer *)0)->arr[2].tag);
	say("outer_tail", (long)&((struct outer *)0)->tail);
	say("flex_size", sizeof(struct empty_tail));
	o.k = 'k';
	o.in.v = 5;
	o.in.tag = 't';
	for (i = 0; i < 3; i++) {
		o.arr[i].v = i * 100;
		o.arr[i].tag = 'a' + i;
	}
	o.tail = -1;
	say("o.in.v", o.in.v);
	say("o.arr[2].v", o.arr[2].v);
	say("o.arr[1].tag", o.arr[1].tag);
	say("o.tail", o.tail);
	po->arr[1].v = 77;
	(*po).in.v = 88;
	say("os1", os[1].arr[1].v + os[1].in.v);
	say("po", (char *)po - (char *)os);
	n1.val = 1;
	n2.val = 2;
	n3.val = 3;
	n1.next = &n2;
	n2.next = &n3;
	n3.next = 0;
	say("chain", n1.next->next->val);
	i = 0;
	for (p = &n1; p; p = p->next)
		i = i * 10 + p->val;
	say("walk", i);
	n1.next->next->val = 30;
	say("n3", n3.val);
	return 0;
}

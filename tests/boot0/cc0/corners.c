/* corners: constructs that are easy to get wrong: addresses inside
 * strings and statics in initializers, chained assignments across
 * types, pointers to arrays, calls on returned pointers, function
 * designators in ?:, empty statements, deep expressions */
#include "t.h"

#define HELLO "hel" "lo"
static int add1(int v) { return v + 1; }
static int sub1(int v) { return v - 1; }

const char *tail = "abcdef" + 2;
const char *hello = HELLO ", world";
static int (*fp_static)(int) = add1;
static int sarr[4] = {10, 20, 30, 40};
int *mid = sarr + 2;
int (*parr)[4] = &sarr;
struct inner { char name[6]; short v[2]; };
struct outer { int n; struct inner in[2]; };
struct outer outer = {1, {{"ab", {2, 3}}, 4, 5}};
int m32[3][2] = {1, 2, 3};

struct cell { int v; };
static struct cell cells[3];
static struct cell *cell(int i) { return &cells[i]; }

static unsigned char tiny(int v) { return v; }

int main(void)
{
	int a, b;
	char c;
	long l;
	unsigned char uc;
	int arr[3] = {7, 8, 9};
	int (*pa)[3] = &arr;
	int n = 0;
	put_str(tail);
	put_char('\n');
	put_str(hello);
	put_char('\n');
	say("fp_static", fp_static(1));
	say("mid", *mid + mid[-1]);
	say("parr", (*parr)[3]);
	put_str(outer.in[0].name);
	say(" outer", outer.in[0].v[1] * 100 + outer.in[1].name[0] * 10 + outer.in[1].name[1]);
	say("m32", m32[1][0] * 10 + m32[1][1] + m32[2][0]);
	l = a = c = 300;
	say("chain", l + a + c);
	c = l = 0x1ff;
	say("chain2", c);
	say("pa", (*pa)[2] + pa[0][1]);
	cell(1)->v = 5;
	cell(1)->v++;
	say("cell", cells[1].v);
	say("cond_fn", (n ? add1 : sub1)(10));
	say("star_fn", (*add1)(1) + (**add1)(2));
	say("tiny", tiny(257) + tiny(-1));
	for (uc = 250, n = 0; uc != 4; uc++)
		n++;
	say("uc_loop", n);
	if (n)
		;
	else
		;
	do
		;
	while (0);
	a = 1;
	b = ((((((((((a + 1) * 2) + 3) * 4) + 5) * 6) + 7) * 8) + 9) * 10);
	say("deep", b);
	b = a + (a + (a + (a + (a + (a + (a + (a + (a + (a + (a + a))))))))));
	say("deep2", b);
	l = 1;
	a = 40;
	say("shift_var", l << a);
	say("shift_var2", (int)(l << a >> 35));
	say("addr_deref", *&*&arr[1]);
	say("sizeof_ptr_struct", sizeof(struct outer *));
	say("neg_zero", -0);
	say("not_not", !!-5);
	say("mod_neg", -17 % 5 + 17 % -5 * 10);
	return 0;
}

/* pointers: arithmetic scaled by the element's size for each type,
 * differences, pointers to pointers, void pointers, & and * */
#include "t.h"

struct big { long a; char b[13]; };

static void set(int *p, int v)
{
	*p = v;
}

int main(void)
{
	char cs[8];
	short ss[8];
	int is[8];
	long ls[8];
	struct big bs[4];
	int x = 1, *px = &x, **ppx = &px;
	void *v;
	char *cp;
	say("char", (char *)(cs + 3) - (char *)cs);
	say("short", (char *)(ss + 3) - (char *)ss);
	say("int", (char *)(is + 3) - (char *)is);
	say("long", (char *)(ls + 3) - (char *)ls);
	say("struct", (char *)(bs + 3) - (char *)bs);
	say("sizeof_big", sizeof(struct big));
	say("diff_int", &is[7] - &is[2]);
	say("diff_struct", &bs[3] - bs);
	say("diff_neg", is - (is + 5));
	**ppx = 42;
	say("x", x);
	set(&x, 17);
	say("x", *px);
	*ppx = &is[2];
	*px = 99;
	say("is2", is[2]);
	say("index_swap", 2[is]);
	v = ls;
	cp = v;
	cp = cp + 16;
	v = cp;
	*(long *)v = 1234567890123L;
	say("ls2", ls[2]);
	say("back", (long *)v - ls);
	px = is + 8;
	say("end", px - is);
	px = px - 8;
	say("begin", px == is);
	is[0] = 5;
	is[1] = 6;
	say("deref_add", *(is + 1) + *is);
	say("addr_deref", *&is[1]);
	say("null", px != 0 && (void *)0 == 0);
	ss[5] = -7;
	say("short_ptr", *(ss + 5));
	cs[6] = 'z';
	say("char_ptr", *(cs + 6));
	bs[2].b[12] = 'q';
	say("member_ptr", (&bs[2])->b[12]);
	say("member_ptr2", *(bs[2].b + 12));
	return 0;
}

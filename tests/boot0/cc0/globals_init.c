/* globals_init: global initializers of every kind: numbers of each
 * width, negative ones, constant expressions, strings, char arrays,
 * addresses of globals, of elements and members, of functions, arrays of
 * pointers, nested brace lists, brace elision, partial lists, arrays of
 * unknown length, zeros */
#include "t.h"

char c = 'x';
signed char sc = -3;
short s = -1234;
unsigned short us = 65000;
int i = -100000;
unsigned u = 0xfffffff0;
long l = -5000000000L;
unsigned long ul = 0xfedcba9876543210;
int expr = (3 + 4) * 5 - (1 << 4) / 2 % 3;
long zero;
int zeros[10];
char msg[] = "hello";
char msg10[10] = "hi";
char exact[3] = "abc";
char *pmsg = "pointer";
const char *strs[] = {"one", "two", "three", 0};
int nums[] = {1, 2, 3, 4, 5};
int part[6] = {7, 8};
int grid[2][3] = {{1, 2, 3}, {4, 5, 6}};
int flat[2][3] = {1, 2, 3, 4};
int *pi = &i;
int *pn = &nums[3];
int *pn2 = nums + 2;
long *pz = &zero;
char *pm = msg + 1;
char *pm2 = &msg[4];
int (*pf)(void);
struct pt { int x, y; };
struct pt pt = {10, 20};
struct pt pts[] = {{1, 2}, {3, 4}, 5, 6};
struct shape { const char *name; struct pt corner; int sides[4]; char tag; };
struct shape shapes[2] = {
	{"square", {0, 0}, {1, 1, 1, 1}, 's'},
	{"tri", {5, 6}, {2, 2, 2}, 't'},
};
int *ppt = &pt.y;
struct pt *ppts = &pts[2];
union un { long l; char c[8]; } un = {0x4142434445464748};
static int stat_arr[] = {100, 200, 300};
static int *stat_p = &stat_arr[1];
long self = (long)&self;
void *pvoid = &grid;
long addr_diff = sizeof(shapes) / sizeof(shapes[0]);
char nested_str[2][4] = {"ab", "cde"};

static int seven(void) { return 7; }
int (*fns[])(void) = {seven, 0, &seven};

int main(void)
{
	int k;
	say("c", c);
	say("sc", sc);
	say("s", s);
	say("us", us);
	say("i", i);
	sayu("u", u);
	say("l", l);
	sayu("ul", ul);
	say("expr", expr);
	say("zero", zero + zeros[9]);
	put_str(msg);
	put_char(' ');
	put_str(msg10);
	put_char(' ');
	put_char(exact[2]);
	put_char(' ');
	put_str(pmsg);
	put_char('\n');
	for (k = 0; strs[k]; k++)
		put_str(strs[k]);
	put_char('\n');
	say("sizeof_msg", sizeof msg);
	say("sizeof_nums", sizeof nums);
	say("part", part[0] + part[1] + part[5]);
	say("grid", grid[1][2] * 10 + grid[0][1]);
	say("flat", flat[1][0] * 10 + flat[1][2]);
	say("pi", *pi);
	say("pn", *pn + *pn2 * 10);
	say("pz", pz == &zero);
	put_str(pm);
	put_char(*pm2);
	put_char('\n');
	say("pf", pf == 0);
	say("pt", pt.x + pt.y);
	say("pts", pts[2].x * 10 + pts[2].y);
	say("sizeof_pts", sizeof pts);
	put_str(shapes[1].name);
	say(" corner", shapes[1].corner.y);
	say("sides", shapes[0].sides[3] + shapes[1].sides[2] * 10 + shapes[1].sides[3] * 100);
	say("tag", shapes[1].tag);
	say("ppt", *ppt);
	say("ppts", ppts->y);
	say("un", un.c[0]);
	say("stat", *stat_p);
	say("self", self == (long)&self);
	say("pvoid", pvoid == grid);
	say("addr_diff", addr_diff);
	put_str(nested_str[1]);
	put_char('\n');
	say("fns", fns[0]() + fns[2]() + (fns[1] == 0));
	return 0;
}

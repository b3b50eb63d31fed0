/* local_init: locals with initializers: scalars from expressions,
 * brace lists of arrays and structs (the rest zero), strings into char
 * arrays, nested lists, structs from structs, arrays of unknown length */
#include "t.h"

struct pt { int x, y; };
struct box { struct pt a, b; char name[8]; long area; };

static int twice(int v) { return v * 2; }

static void run(int seed)
{
	int a = seed * 3, b = twice(a) + 1;
	int arr[5] = {seed, a, b};
	int unk[] = {9, 8, 7, 6};
	char s[] = "local";
	char s8[8] = "ab";
	char big[100] = "x";
	struct pt p = {a, b};
	struct pt q = p;
	struct box bx = {{1, 2}, {seed, 4}, "box", 99};
	struct box bz = {{5}};
	struct pt ps[3] = {{1, 1}, {2, 2}};
	long grid[2][3] = {{1, 2}, {4}};
	char *strs[2] = {"x", s};
	say("a", a);
	say("b", b);
	say("arr", arr[0] + arr[1] * 10 + arr[2] * 100 + arr[3] + arr[4]);
	say("unk", sizeof unk + unk[3]);
	put_str(s);
	put_char(' ');
	put_str(s8);
	put_char(' ');
	put_num(s8[7] + big[1] + big[99]);
	put_char('\n');
	say("p", p.x * 100 + p.y);
	q.x++;
	say("q", q.x - p.x);
	say("bx", bx.a.x + bx.a.y * 10 + bx.b.x * 100 + bx.area * 1000);
	put_str(bx.name);
	put_char('\n');
	say("bz", bz.a.x + bz.a.y + bz.b.x + bz.area + bz.name[0]);
	say("ps", ps[1].y + ps[2].x + ps[2].y);
	say("grid", grid[0][1] + grid[0][2] + grid[1][0] * 10 + grid[1][2]);
	put_str(strs[1]);
	put_char('\n');
}

int main(void)
{
	run(1);
	run(7);
	return 0;
}

/* compare: the six comparisons, signed and unsigned, at each width, and
 * on pointers */
#include "t.h"

static void row(const char *name, int lt, int le, int gt, int ge, int eq, int ne)
{
	put_str(name);
	put_char(' ');
	put_num(lt * 100000 + le * 10000 + gt * 1000 + ge * 100 + eq * 10 + ne);
	put_char('\n');
}

int main(void)
{
	int a = -5, b = 3;
	unsigned ua = -5, ub = 3;
	long la = -5000000000L, lb = 3;
	unsigned long ula = -5, ulb = 3;
	char ca = 200, cb = 3;
	signed char sa = -56, sb = 3;
	short ha = -300, hb = 300;
	int arr[4];
	int *p = arr, *q = arr + 2;
	row("int", a < b, a <= b, a > b, a >= b, a == b, a != b);
	row("uns", ua < ub, ua <= ub, ua > ub, ua >= ub, ua == ub, ua != ub);
	row("long", la < lb, la <= lb, la > lb, la >= lb, la == lb, la != lb);
	row("ulong", ula < ulb, ula <= ulb, ula > ulb, ula >= ulb, ula == ulb, ula != ulb);
	row("char", ca < cb, ca <= cb, ca > cb, ca >= cb, ca == cb, ca != cb);
	row("schar", sa < sb, sa <= sb, sa > sb, sa >= sb, sa == sb, sa != sb);
	row("short", ha < hb, ha <= hb, ha > hb, ha >= hb, ha == hb, ha != hb);
	row("eq", b < 3, b <= 3, b > 3, b >= 3, b == 3, b != 3);
	row("ptr", p < q, p <= q, p > q, p >= q, p == q, p != q);
	row("ptr_eq", p + 2 == q, p != 0, q == 0, !p, p == arr, &arr[2] == q);
	row("const", -1 < 0, -1 < 0u, 0u > -1, 2147483647 < -2147483647 - 1, 1 == 1L, 0 != 0UL);
	return 0;
}

/* abi_main.c: calls abi.c's functions, prints each result bit for bit */
#include <stdio.h>
#include <string.h>
#include "abi.h"

static void pbits(const char *s, const void *p, int n)
{
	const unsigned char *b = p;
	printf("%s ", s);
	while (n--)
		printf("%02x", b[n]);
	printf("\n");
}
#define P(s, z) do { __typeof__(z) v_ = (z); pbits(s, &v_, sizeof v_); } while (0)

static lc callback(fc a, dc b, lc c)
{
	return a - 2 * b + 3 * c;
}

int main(void)
{
	fc f[9];
	dc d[9];
	lc l[9];
	struct hfa s, t;
	int i;

	for (i = 0; i < 9; i++) {
		f[i] = (i + 1) * 1.25f + (i - 4) * 0.5if;
		d[i] = (i + 1) * 1.1 - (i * i) * 0.3i;
		l[i] = (i + 1) / 3.0L + (i - 2) / 7.0Li;
	}
	P("add_f", add_f(f[0], f[1]));
	P("add_d", add_d(d[0], d[1]));
	P("add_l", add_l(l[0], l[1]));
	P("many_f", many_f(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]));
	P("many_d", many_d(d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8]));
	P("many_l", many_l(l[0], l[1], l[2], l[3], l[4], 0.75, f[5], l[6]));
	P("mixed", mixed(-3, f[1], 0.1, l[2], 'x', d[3], 2.5f, l[4], 1LL << 40, f[5]));
	s.z = d[2];
	t.z = d[3];
	P("pass_hfa", pass_hfa(s, f[4], t).z);
	P("sum_va", sum_va(4, d[0], d[1], d[2], d[3]));
	P("sum_va 9", sum_va(9, d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8]));
	P("apply", apply(callback, d[5]));
	return 0;
}

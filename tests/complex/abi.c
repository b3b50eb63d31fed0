/* abi.c: functions taking and returning complex values (tests/complex/run:
 * AAPCS64 passes each like a homogeneous floating-point aggregate of two,
 * in s, d or q registers, on the stack when these are used up) */
#include <stdarg.h>
#include "abi.h"

fc add_f(fc a, fc b) { return a + b; }
dc add_d(dc a, dc b) { return a + b; }
lc add_l(lc a, lc b) { return a + b; }

/* nine: the first four in s0-s7 (d0-d7), the other five on the stack */
fc many_f(fc a, fc b, fc c, fc d, fc e, fc f, fc g, fc h, fc i)
{
	return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i;
}

dc many_d(dc a, dc b, dc c, dc d, dc e, dc f, dc g, dc h, dc i)
{
	return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i;
}

lc many_l(lc a, lc b, lc c, lc d, lc e, double x, fc f, lc g)
{
	return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * x + 7 * f + 8 * g;
}

dc mixed(int n, fc a, double x, lc b, char c, dc d, float y, lc e,
         long long k, fc f)
{
	return n + 2 * a + 3 * x + 4 * (dc)b + 5 * c + 6 * d + 7 * y
	       + 8 * (dc)e + 9 * k + 10 * f;
}

struct hfa pass_hfa(struct hfa s, fc f, struct hfa t)
{
	struct hfa r;
	r.z = s.z - 2 * f + 3 * t.z;
	return r;
}

dc sum_va(int n, ...)
{
	va_list ap;
	dc sum = 0;
	int i;

	va_start(ap, n);
	for (i = 1; i <= n; i++)
		sum += i * va_arg(ap, dc);
	va_end(ap);
	return sum;
}

lc apply(lc (*fn)(fc, dc, lc), dc z)
{
	return fn((fc)z, 2 * z, 3 * (lc)z);
}

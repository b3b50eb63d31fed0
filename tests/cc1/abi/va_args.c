/* Variadic functions: doubles, long doubles, integers, small and large
 * structs and HFAs through va_arg, past the registers onto the stack, with
 * va_copy and a va_list handed on. On arm64 Linux a variadic argument goes
 * where a named one of its type would, so the same values are also read
 * by a function with named parameters called through a variadic pointer,
 * and by a variadic one called through a pointer with named parameters:
 * a va_arg that disagrees with the call prints other values. */
#include <stdarg.h>
#include "probe.h"

struct s3 { char c[3]; };
struct s12 { int a, b, c; };
struct big { long a[4]; };
struct hd3 { double x, y, z; };
struct hf2 { float a, b; };
struct hq2 { long double a, b; };

/* arguments of the kinds FMT names: d double, L long double, i int, l
 * long, 3 struct s3, s struct s12, B struct big, h struct hd3, f struct
 * hf2, q struct hq2 */
static void vshow(const char *fmt, va_list ap)
{
	for (; *fmt; fmt++) {
		switch (*fmt) {
		case 'd': printf(" %a", va_arg(ap, double)); break;
		case 'L': printf(" %La", va_arg(ap, long double)); break;
		case 'i': printf(" %d", va_arg(ap, int)); break;
		case 'l': printf(" %ld", va_arg(ap, long)); break;
		case '3': {
			struct s3 s = va_arg(ap, struct s3);
			printf(" {%d %d %d}", s.c[0], s.c[1], s.c[2]);
			break;
		}
		case 's': {
			struct s12 s = va_arg(ap, struct s12);
			printf(" {%d %d %d}", s.a, s.b, s.c);
			break;
		}
		case 'B': {
			struct big b = va_arg(ap, struct big);
			printf(" {%ld %ld %ld %ld}", b.a[0], b.a[1], b.a[2], b.a[3]);
			break;
		}
		case 'h': {
			struct hd3 h = va_arg(ap, struct hd3);
			printf(" {%a %a %a}", h.x, h.y, h.z);
			break;
		}
		case 'f': {
			struct hf2 h = va_arg(ap, struct hf2);
			printf(" {%a %a}", h.a, h.b);
			break;
		}
		case 'q': {
			struct hq2 h = va_arg(ap, struct hq2);
			printf(" {%La %La}", h.a, h.b);
			break;
		}
		}
	}
	printf("\n");
}

static void vars(const char *what, const char *fmt, ...)
{
	va_list ap, copy;

	va_start(ap, fmt);
	va_copy(copy, ap);
	printf("%s:", what);
	vshow(fmt, ap);
	printf("%s again:", what);
	vshow(fmt, copy);
	va_end(copy);
	va_end(ap);
}

/* the same arguments as named parameters */
static void named1(const char *what, const char *fmt, double a, long double b, int c,
		   struct s12 s, struct big big, struct hd3 h, struct hf2 f, long d,
		   struct hq2 q, struct s3 t)
{
	printf("%s: %a %La %d {%d %d %d} {%ld %ld %ld %ld} {%a %a %a} {%a %a} %ld {%La %La} {%d %d %d}\n",
	       what, a, b, c, s.a, s.b, s.c, big.a[0], big.a[1], big.a[2], big.a[3], h.x,
	       h.y, h.z, f.a, f.b, d, q.a, q.b, t.c[0], t.c[1], t.c[2]);
}

/* eleven doubles, then an HFA when two v registers are left */
static void named2(const char *what, const char *fmt, double d0, double d1, double d2,
		   double d3, double d4, double d5, struct hd3 h, double d6, long double q,
		   struct hf2 f, double d7, double d8)
{
	printf("%s: %a %a %a %a %a %a {%a %a %a} %a %La {%a %a} %a %a\n", what, d0, d1, d2,
	       d3, d4, d5, h.x, h.y, h.z, d6, q, f.a, f.b, d7, d8);
}

typedef void named1_t(const char *, const char *, double, long double, int, struct s12,
		      struct big, struct hd3, struct hf2, long, struct hq2, struct s3);
typedef void named2_t(const char *, const char *, double, double, double, double, double,
		      double, struct hd3, double, long double, struct hf2, double, double);
typedef void vars_t(const char *, const char *, ...);

static double average(int n, ...)
{
	va_list ap;
	double sum = 0;
	int i;

	va_start(ap, n);
	for (i = 0; i < n; i++)
		sum += va_arg(ap, double);
	va_end(ap);
	return sum / n;
}

int main(void)
{
	struct s12 s = { -1, 2, -3 };
	struct big big = { { 1L << 40, -2, 3, -(1L << 62) } };
	struct hd3 h = { 0.1, -0.2, 1e300 };
	struct hf2 f = { 1.5f, -0.25f };
	struct hq2 q = { 1.0L / 3, -1e4000L };
	struct s3 t = { { 1, 2, 127 } };
	double d = 1.0 / 7;
	long double ld = 2.0L / 3;
	vars_t *vp = (vars_t *)(void *)named1;
	named1_t *np = (named1_t *)(void *)vars;

	vars("vars", "dLisBhflq3", d, ld, -5, s, big, h, f, 1L << 50, q, t);
	named1("named1", "", d, ld, -5, s, big, h, f, 1L << 50, q, t);
	vp("named1 through a variadic pointer", "", d, ld, -5, s, big, h, f, 1L << 50, q, t);
	np("vars through a named pointer", "dLisBhflq3", d, ld, -5, s, big, h, f, 1L << 50, q,
	   t);
	vars("spill", "ddddddhdLfdd", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, h, 7.0, ld, f, 8.0, 9.0);
	named2("named2", "", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, h, 7.0, ld, f, 8.0, 9.0);
	((vars_t *)(void *)named2)("named2 through a variadic pointer", "", 1.0, 2.0, 3.0, 4.0,
				   5.0, 6.0, h, 7.0, ld, f, 8.0, 9.0);
	((named2_t *)(void *)vars)("vars through a named pointer", "ddddddhdLfdd", 1.0, 2.0,
				   3.0, 4.0, 5.0, 6.0, h, 7.0, ld, f, 8.0, 9.0);
	vars("ints", "iiiiiiiiiilLl", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, -11L, ld, -13L);
	printf("average %a %a\n", average(3, 1.0, 2.0, 4.0),
	       average(12, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0));
	PROBE(vars_t *)("", "", d, ld, -5, s, big, h, f, 1L << 50, q, t);
	show("probe(vars)", "v0:8 v1:16 x2:4 x3:8 x4:4 *x5:32 v2:8 v3:8 v4:8 v5:4 v6:4 x6:8 "
	     "s0:16 s16:16 x7:3");
	PROBE(vars_t *)("", "", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, h, 7.0, ld, f, 8.0, 9.0);
	show("probe(spill)", "v0:8 v1:8 v2:8 v3:8 v4:8 v5:8 s0:24 s24:8 s32:16 s48:8 s56:8 s64:8");
	return 0;
}

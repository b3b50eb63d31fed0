/* More than eight integer and more than eight floating arguments, mixed
 * with structs, HFAs and long doubles, so that each class runs out of
 * registers at a different point and the rest go to the stack in order,
 * each rounded up to 8 bytes (16 for a long double). The callee prints
 * what it gets; probe shows where the caller put it and call_with checks
 * that the callee reads it from there. */
#include "probe.h"

struct s12 { int a, b, c; };
struct s4 { short a, b; };
struct hd2 { double x, y; };
struct big { long a[5]; };
struct s16 { long a; char b[8]; };

/* where many()'s arguments go, in their order */
#define SPEC_A "x0:4 v0:8 x1:8 x2:4 x3:8 v1:4 v2:8 v3:8 x4:1 v4:16 *x5:40 x6:2 x7:4 " \
	"s0:4 v5:8 v6:8 v7:8 s8:1 s16:8 s24:8 s32:12 s48:4 s56:16 s72:4 s80:16 s96:4"

static long double many(int a0, double d0, struct s12 s, long a1, float f1, struct hd2 h,
			char c, long double q, struct big b, short a2, int a3, int a4,
			double d1, double d2, double d3, unsigned char a5, double d4, long a6,
			struct s12 t, float f2, struct hd2 h2, int a7, long double q2,
			struct s4 u)
{
	printf("many: %d %a {%d %d %d} %ld %a {%a %a} %d %La {%ld %ld}\n",
	       a0, d0, s.a, s.b, s.c, a1, f1, h.x, h.y, c, q, b.a[0], b.a[4]);
	printf("  %d %d %d %a %a %a %d %a %ld {%d %d %d} %a {%a %a} %d %La {%d %d}\n",
	       a2, a3, a4, d1, d2, d3, a5, d4, a6, t.a, t.b, t.c, f2, h2.x, h2.y, a7, q2,
	       u.a, u.b);
	b.a[0] = -1;
	return q * q2 + a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + b.a[4] + s.c + t.c + u.b;
}

/* a 16-byte struct when one x register is left goes to the stack, and
 * so do the integers after it; a float after the v registers run out
 * too */
#define SPEC_B "x0:8 x1:8 x2:8 x3:8 x4:8 x5:8 x6:8 v0:4 v1:4 v2:4 v3:4 v4:4 v5:4 " \
	"v6:4 v7:4 s0:16 s16:4 s32:16 s48:4"

static struct s16 late(long a, long b, long c, long d, long e, long f, long g, float f0,
		       float f1, float f2, float f3, float f4, float f5, float f6, float f7,
		       struct s16 s, int h, long double q, float f8)
{
	printf("late: %ld %ld %ld %ld %ld %ld %ld %a %a %a %a %a %a %a %a {%ld %.8s} %d %La %a\n",
	       a, b, c, d, e, f, g, f0, f1, f2, f3, f4, f5, f6, f7, s.a, s.b, h, q, f8);
	s.a += h;
	s.b[0] = 'S';
	return s;
}

int main(void)
{
	struct s12 s = { 1, -2, 3 }, t = { 40000, -50000, 60000 };
	struct hd2 h = { 0.5, -1e300 }, h2 = { 1e-300, 3.25 };
	struct big b = { { 10, 20, 30, 40, 50 } };
	struct s4 u = { -7, 8 };
	struct s16 s16 = { 123456789012345L, "abcdefgh" }, r;
	int a0 = -1, a3 = 1 << 30, a4 = -4, a7 = 77;
	double d0 = 0.1, d1 = 1.0 / 3, d2 = -2.5, d3 = 1e-310, d4 = 4e4;
	long a1 = -1L << 40, a6 = 0x7fffffffffffffffL;
	float f1 = 1.5f, f2 = -0.0f;
	char c = 'c';
	short a2 = -32768;
	unsigned char a5 = 255;
	long double q = 1.0L / 3, q2 = -2.0L, ret;
	long longs[7] = { 1, -2, 3, -4, 5, -6, 7 };
	float fl[9] = { 0.5f, 1.5f, 2.5f, 3.5f, 4.5f, 5.5f, 6.5f, 7.5f, 8.5f };
	int h9 = 9;

	ret = many(a0, d0, s, a1, f1, h, c, q, b, a2, a3, a4, d1, d2, d3, a5, d4, a6, t, f2,
		   h2, a7, q2, u);
	printf("many returns %La, b.a[0] %ld\n", ret, b.a[0]);
	PROBE(long double (*)(int, double, struct s12, long, float, struct hd2, char,
			      long double, struct big, short, int, int, double, double, double,
			      unsigned char, double, long, struct s12, float, struct hd2, int,
			      long double, struct s4))
		(a0, d0, s, a1, f1, h, c, q, b, a2, a3, a4, d1, d2, d3, a5, d4, a6, t, f2, h2, a7,
		 q2, u);
	show("probe(many)", SPEC_A);
	{
		const void *vals[] = { &a0, &d0, &s, (char *)&s + 8, &a1, &f1, &h.x, &h.y, &c,
				       &q, &b, &a2, &a3, &a4, &d1, &d2, &d3, &a5, &d4, &a6,
				       &t, &f2, &h2, &a7, &q2, &u };
		give_reset();
		give_args(SPEC_A, vals);
		CALL_WITH((void *)many);
		show("call_with(many) returns", "v0:16");
	}

	r = late(1, 2, 3, 4, 5, 6, 7, fl[0], fl[1], fl[2], fl[3], fl[4], fl[5], fl[6], fl[7],
		 s16, h9, q, fl[8]);
	printf("late returns {%ld %.8s}\n", r.a, r.b);
	PROBE(void (*)(long, long, long, long, long, long, long, float, float, float, float,
		       float, float, float, float, struct s16, int, long double, float))
		(1, 2, 3, 4, 5, 6, 7, fl[0], fl[1], fl[2], fl[3], fl[4], fl[5], fl[6], fl[7],
		 s16, h9, q, fl[8]);
	show("probe(late)", SPEC_B);
	{
		const void *vals[] = { &longs[0], &longs[1], &longs[2], &longs[3], &longs[4],
				       &longs[5], &longs[6], &fl[0], &fl[1], &fl[2], &fl[3],
				       &fl[4], &fl[5], &fl[6], &fl[7], &s16, &h9, &q, &fl[8] };
		give_reset();
		give_args(SPEC_B, vals);
		CALL_WITH((void *)late);
		show("call_with(late) returns", "x0:8 x1:8");
	}
	return 0;
}

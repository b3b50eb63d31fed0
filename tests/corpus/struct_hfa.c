/* Homogeneous floating-point aggregates (1 to 4 members of one floating
 * type, arrays and nested structs included) travel in consecutive
 * floating registers, one member per register, and are returned in
 * v0-v3. When not enough registers are left the whole aggregate goes on
 * the stack and no later floating argument uses a register. Structs mixing
 * float and double, or float and int, are not HFAs: they travel in integer
 * registers. */
#include <stdio.h>
#include <string.h>

struct f1 { float a; };
struct f2 { float a, b; };
struct f3 { float a, b, c; };
struct f4 { float a, b, c, d; };
struct d1 { double a; };
struct d2 { double a, b; };
struct d3 { double a, b, c; };
struct d4 { double a, b, c, d; };
struct farr { float v[3]; };
struct dnest { struct d1 x; double y[2]; };	/* an HFA of three doubles */
struct l2 { long double a, b; };		/* an HFA of two quads */
struct fd { float a; double b; };		/* not an HFA */
struct fi { float a; int b; };			/* not an HFA */
struct f5 { float a, b, c, d, e; };		/* five members: by reference */

static unsigned fb(float f)
{
	unsigned u;
	memcpy(&u, &f, 4);
	return u;
}

static struct f1 mk_f1(float a) { struct f1 s = { a }; return s; }
static struct f2 mk_f2(float a) { struct f2 s = { a, a * 2 }; return s; }
static struct f3 mk_f3(float a) { struct f3 s = { a, a * 2, a * 3 }; return s; }
static struct f4 mk_f4(float a) { struct f4 s = { a, a * 2, a * 3, a * 4 }; return s; }
static struct d1 mk_d1(double a) { struct d1 s = { a }; return s; }
static struct d2 mk_d2(double a) { struct d2 s = { a, a * 2 }; return s; }
static struct d3 mk_d3(double a) { struct d3 s = { a, a * 2, a * 3 }; return s; }
static struct d4 mk_d4(double a) { struct d4 s = { a, a * 2, a * 3, a * 4 }; return s; }
static struct farr mk_farr(float a) { struct farr s = { { a, -a, a / 4 } }; return s; }
static struct dnest mk_dnest(double a) { struct dnest s = { { a }, { a + 1, a + 2 } }; return s; }
static struct l2 mk_l2(long double a) { struct l2 s = { a, a / 3 }; return s; }
static struct fd mk_fd(float a) { struct fd s = { a, a * 10 }; return s; }
static struct fi mk_fi(float a) { struct fi s = { a, (int)a * 10 }; return s; }
static struct f5 mk_f5(float a) { struct f5 s = { a, a + 1, a + 2, a + 3, a + 4 }; return s; }

/* All in registers: 1 + 2 + 3 + 2 = 8 floating registers. */
static void take_regs(struct f1 a, struct f2 b, struct f3 c, struct d2 d)
{
	printf("regs: %g | %g %g | %g %g %g | %g %g\n", a.a, b.a, b.b, c.a, c.b, c.c, d.a, d.b);
}

/* d4 takes v0-v3, f3 v4-v6; d2 needs two but one is left: stack, and the
 * double after it and the f1 after that too. */
static void take_spill(struct d4 a, struct f3 b, struct d2 c, double d, struct f1 e, int i)
{
	printf("spill: %g %g %g %g | %g %g %g | %g %g | %g | %g | %d\n", a.a, a.b, a.c,
	       a.d, b.a, b.b, b.c, c.a, c.b, d, e.a, i);
}

/* One double first, then an f4 that fits exactly. */
static void take_exact(double x, double y, double z, double w, struct f4 s)
{
	printf("exact: %g %g %g %g | %g %g %g %g\n", x, y, z, w, s.a, s.b, s.c, s.d);
}

static void take_misc(struct farr a, struct dnest b, struct l2 c, struct fd d,
		      struct fi e, struct f5 f)
{
	printf("misc: %g %g %g | %g %g %g | %.20Lg %.20Lg | %g %g | %g %d | %g %g %g %g %g\n",
	       a.v[0], a.v[1], a.v[2], b.x.a, b.y[0], b.y[1], c.a, c.b, d.a, d.b, e.a, e.b,
	       f.a, f.b, f.c, f.d, f.e);
}

/* Many HFAs in a row: registers run out part way. */
static void take_many(struct f2 a, struct f2 b, struct f2 c, struct f2 d,
		      struct f2 e, struct f2 f, struct f2 g, struct f2 h, struct f2 i)
{
	printf("many: %g %g %g %g %g %g %g %g %g %g %g %g %g %g %g %g %g %g\n",
	       a.a, a.b, b.a, b.b, c.a, c.b, d.a, d.b, e.a, e.b, f.a, f.b, g.a, g.b,
	       h.a, h.b, i.a, i.b);
}

/* An HFA passed through and returned modified. */
static struct d3 scale_d3(struct d3 s, double k)
{
	s.a *= k;
	s.b *= k;
	s.c *= k;
	return s;
}

static struct f4 swap_f4(struct f4 s)
{
	struct f4 r = { s.d, s.c, s.b, s.a };
	return r;
}

int main(void)
{
	struct f1 a = mk_f1(1.25f);
	struct f2 b = mk_f2(0.1f);
	struct f3 c = mk_f3(-3);
	struct f4 d = mk_f4(1e-40f);
	struct d1 e = mk_d1(1e-310);
	struct d2 f = mk_d2(0.1);
	struct d3 g = mk_d3(1.0 / 3);
	struct d4 h = mk_d4(-0.0);
	struct d3 g2 = scale_d3(g, 3);
	struct f4 d2 = swap_f4(d);

	printf("ret f: %g | %.9g %.9g | %g %g %g | %g %g %g %g\n", a.a, b.a, b.b, c.a,
	       c.b, c.c, d.a, d.b, d.c, d.d);
	printf("ret f bits: %08x %08x %08x %08x\n", fb(d.a), fb(d.b), fb(d.c), fb(d.d));
	printf("ret d: %g | %.17g %.17g | %.17g %.17g %.17g | %g %g %g %g\n", e.a, f.a,
	       f.b, g.a, g.b, g.c, h.a, h.b, h.c, h.d);
	printf("scaled: %.17g %.17g %.17g\n", g2.a, g2.b, g2.c);
	printf("swapped: %g %g %g %g\n", d2.a, d2.b, d2.c, d2.d);
	take_regs(a, b, c, f);
	take_spill(mk_d4(1), mk_f3(5), mk_d2(8), 10, mk_f1(11), 12);
	take_exact(1, 2, 3, 4, mk_f4(5));
	take_misc(mk_farr(8), mk_dnest(0.5), mk_l2(1), mk_fd(2.5f), mk_fi(3.5f), mk_f5(6));
	take_many(mk_f2(1), mk_f2(2), mk_f2(3), mk_f2(4), mk_f2(5), mk_f2(6), mk_f2(7),
		  mk_f2(8), mk_f2(9));
	printf("member of call: %g %g %.20Lg\n", mk_f3(7).c, mk_d4(2).d, mk_l2(2).b);
	return 0;
}

/* Structs mixing member types: padding and alignment inside them, passing
 * and returning them by value (in integer registers up to 16 bytes, with a
 * long double member aligned to 16), large structs copied by assignment,
 * structs chosen by ?:, members of rvalue structs, and arrays of structs. */
#include <stdio.h>
#include <stddef.h>
#include <string.h>

struct ci { char c; int i; };
struct cd { char c; double d; };
struct sl { short s; long l; char t; };
struct ld { char c; long double x; };
struct nest { struct ci a; struct cd b; char tail[3]; };
struct big { int v[250]; char name[24]; };
struct withptr { const char *s; int n; };

static struct ci mk_ci(char c, int i) { struct ci r; r.c = c; r.i = i; return r; }
static struct cd mk_cd(char c, double d) { struct cd r = { c, d }; return r; }
static struct sl mk_sl(long x) { struct sl r = { (short)x, x * 3, (char)(x >> 3) }; return r; }
static struct ld mk_ld(long double x) { struct ld r = { 'L', x }; return r; }

static struct nest mk_nest(int k)
{
	struct nest n;
	memset(&n, 0, sizeof n);
	n.a = mk_ci('a' + k, k * 100);
	n.b = mk_cd('b' + k, k / 8.0);
	strcpy(n.tail, "xy");
	return n;
}

static void show_nest(const char *what, struct nest n)
{
	printf("%s: %c %d %c %g %s\n", what, n.a.c, n.a.i, n.b.c, n.b.d, n.tail);
}

static struct big mk_big(int seed)
{
	struct big b;
	int i;
	for (i = 0; i < 250; i++)
		b.v[i] = seed * i - i * i;
	snprintf(b.name, sizeof b.name, "big-%d", seed);
	return b;
}

static long sum_big(struct big b)
{
	long s = 0;
	int i;
	for (i = 0; i < 250; i++)
		s += b.v[i] * (long)(i + 1);
	b.v[0] = 12345;		/* the caller's copy must not change */
	return s;
}

/* Eight integer arguments, then structs of each kind on the stack. */
static void stacked(long a, long b, long c, long d, long e, long f, long g, long h,
		    struct ci ci, struct sl sl, struct ld ld, struct cd cd)
{
	printf("stacked: %ld | %c %d | %d %ld %d | %c %.30Lg | %c %g\n",
	       a + b + c + d + e + f + g + h, ci.c, ci.i, sl.s, sl.l, sl.t, ld.c, ld.x,
	       cd.c, cd.d);
}

/* An odd number of integer registers used before a long double struct:
 * it is 32 bytes, passed by reference. */
static long double ld_after(int x, struct ld a, int y, struct ld b)
{
	return a.x * x + b.x * y;
}

int main(void)
{
	struct ci ci = mk_ci('q', -77);
	struct cd cd = mk_cd('r', 2.5);
	struct sl sl = mk_sl(100000);
	struct ld ld = mk_ld(1.0L / 3);
	struct nest n1 = mk_nest(1), n2 = mk_nest(2), n3;
	struct big b1 = mk_big(7), b2;
	struct withptr wp[3] = { { "zero", 0 }, { "one", 1 }, { "two", 2 } };
	int k;

	printf("sizes: %zu %zu %zu %zu %zu %zu\n", sizeof(struct ci), sizeof(struct cd),
	       sizeof(struct sl), sizeof(struct ld), sizeof(struct nest), sizeof(struct big));
	printf("offsets: %zu %zu %zu %zu %zu %zu\n", offsetof(struct sl, l), offsetof(struct sl, t),
	       offsetof(struct ld, x), offsetof(struct nest, b), offsetof(struct nest, tail),
	       offsetof(struct big, name));
	printf("values: %c %d | %c %g | %d %ld %d | %c %.30Lg\n", ci.c, ci.i, cd.c, cd.d,
	       sl.s, sl.l, sl.t, ld.c, ld.x);
	show_nest("n1", n1);
	show_nest("n2", n2);
	n3 = n1;
	n1 = n2;
	n2 = n3;
	show_nest("swapped n1", n1);
	show_nest("swapped n2", n2);
	for (k = 0; k < 4; k++)
		show_nest("chosen", k & 1 ? mk_nest(k) : n1);
	printf("rvalue members: %d %g %c %.10Lg\n", mk_ci('x', 5).i, mk_cd('y', 0.75).d,
	       mk_nest(3).tail[1], mk_ld(2).x);
	b2 = b1;
	printf("big: %s %ld %d %d\n", b2.name, sum_big(b2), b2.v[0], b2.v[249]);
	printf("big rvalue: %ld %s\n", sum_big(mk_big(-3)), mk_big(12).name);
	stacked(1, 2, 3, 4, 5, 6, 7, 8, ci, sl, ld, cd);
	printf("ld_after: %.30Lg\n", ld_after(3, ld, -2, mk_ld(0.125L)));
	for (k = 0; k < 3; k++)
		printf("wp[%d]: %s %d\n", k, wp[k].s, wp[k].n);
	return 0;
}

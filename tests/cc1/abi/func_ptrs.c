/* Function pointers with the signatures of the other abi programs:
 * structs, HFAs, long doubles and variadic arguments through pointers,
 * tables and struct members, pointers returned by functions, and returned
 * structs used in every shape of expression: a member of a call, a call as
 * an argument, in a conditional, a comma, an initializer, printf's
 * variadic arguments, through a pointer chosen at run time. */
#include <stdarg.h>
#include "probe.h"

struct s5 { char c[5]; };
struct s12 { int a, b, c; };
struct big { long a[3]; };
struct hf3 { float x, y, z; };
struct hq2 { long double a, b; };

static struct s5 s5_of(int k) { struct s5 s = { { k, k + 1, k + 2, k + 3, k + 4 } }; return s; }
static struct s12 s12_of(int k) { struct s12 s = { k, -k, k * k }; return s; }
static struct big big_of(int k) { struct big b = { { k, 2L * k, 1L << k } }; return b; }
static struct hf3 hf3_of(int k) { struct hf3 h = { k, k / 4.0f, -k }; return h; }
static struct hq2 hq2_of(int k) { struct hq2 h = { k / 3.0L, -k }; return h; }

static struct s12 add12(struct s12 a, struct s12 b)
{
	struct s12 r = { a.a + b.a, a.b + b.b, a.c + b.c };
	return r;
}

static struct hf3 scale(struct hf3 h, float by)
{
	h.x *= by, h.y *= by, h.z *= by;
	return h;
}

static struct big bigger(struct big b, long by)
{
	b.a[0] += by, b.a[2] -= by;
	return b;
}

static long double third_of_ten(void) { return 10.0L / 3; }

static long double lsum(int n, ...)
{
	long double s = 0;
	va_list ap;

	va_start(ap, n);
	while (n-- > 0)
		s += va_arg(ap, long double);
	va_end(ap);
	return s;
}

static struct hq2 hq2_add(struct hq2 a, long double x) { a.a += x; a.b -= x; return a; }

typedef struct s12 (*op12)(struct s12, struct s12);
typedef struct s12 (*make12)(int);

struct ops {
	op12 add;
	struct hf3 (*scale)(struct hf3, float);
	struct big (*bigger)(struct big, long);
	long double (*lsum)(int, ...);
	struct hq2 (*hq2_add)(struct hq2, long double);
};

static op12 pick(int which)
{
	return which ? add12 : (op12)0;
}

static make12 maker(void)
{
	return s12_of;
}

static struct s12 (*(*maker_of(void))(void))(int)
{
	return maker;
}

static void print12(const char *what, struct s12 s)
{
	printf("%s {%d %d %d}\n", what, s.a, s.b, s.c);
}

int main(int argc, char **argv)
{
	struct ops ops = { add12, scale, bigger, lsum, hq2_add };
	struct ops *p = &ops;
	struct s12 (*table[2])(int) = { s12_of, s12_of };
	struct s12 s, t = s12_of(3);
	struct big b;
	struct hf3 h;
	struct hq2 q;
	int one = argc;

	print12("add", p->add(t, s12_of(4)));
	print12("through pick", pick(one)(s12_of(5), table[1](6)));
	print12("through maker_of", maker_of()()(7));
	printf("member of a call: %d %d %d %d\n", s12_of(8).c, s5_of(9).c[4], (int)big_of(40).a[2],
	       (int)hf3_of(10).y);
	printf("conditional: %d %d\n", (one ? s12_of(11) : s12_of(12)).b,
	       (one > 1 ? hf3_of(1) : hf3_of(13)).z > -13.5f);
	s = (s12_of(1), s12_of(14));
	print12("comma", s);
	h = p->scale(p->scale(hf3_of(16), 0.5f), -2);
	printf("scale twice %a %a %a\n", h.x, h.y, h.z);
	b = (*p->bigger)(big_of(20), -5);
	printf("bigger %ld %ld %ld, of a call %ld\n", b.a[0], b.a[1], b.a[2],
	       bigger(bigger(big_of(3), 1), 2).a[0]);
	printf("lsum %La %La\n", p->lsum(3, 1.0L, 0.5L, third_of_ten()),
	       ops.lsum(9, 1.0L, 2.0L, 3.0L, 4.0L, 5.0L, 6.0L, 7.0L, 8.0L, 9.0L));
	q = ops.hq2_add(hq2_of(5), 0.25L);
	printf("hq2_add %La %La\n", q.a, q.b);
	{
		struct s12 arr[2] = { s12_of(21), add12(s12_of(1), s12_of(2)) };
		struct s5 five = s5_of('a');
		print12("initializer 0", arr[0]);
		print12("initializer 1", arr[1]);
		printf("s5 %.5s, via printf: %d\n", five.c, s5_of(30).c[0] + table[0](2).c);
	}
	printf("pick(0) is null: %d, table[0] == s12_of: %d, *maker() == s12_of: %d\n",
	       pick(0) == 0, table[0] == s12_of, *maker() == s12_of);
	/* a pointer to a function returning an HFA, called by probe */
	{
		struct hf3 (*pf)(struct hf3, float) = PROBE(struct hf3 (*)(struct hf3, float));
		float v[3] = { 1.5f, -2.5f, 3.5f };
		give_reset();
		put("v0", &v[0], 4);
		put("v1", &v[1], 4);
		put("v2", &v[2], 4);
		h = pf(hf3_of(8), 0.75f);
		show("probe(hf3, float)", "v0:4 v1:4 v2:4 v3:4");
		printf("probe returns %a %a %a\n", h.x, h.y, h.z);
	}
	return 0;
}

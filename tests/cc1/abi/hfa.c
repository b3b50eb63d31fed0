/* Homogeneous floating-point aggregates: structs (and a union) of one to
 * four floats, doubles or long doubles, as members or arrays or nested.
 * AAPCS64 passes one in as many consecutive v registers as it has members
 * when that many are left; otherwise on the stack, and from then on no v
 * register is used for an argument. One is returned in v0-v3. Each HFA is
 * passed and returned by the program's own functions, by probe (what the
 * caller puts where) and through call_with (what the callee reads). */
#include "probe.h"

struct f1 { float a; };
struct f2 { float a, b; };
struct f3 { float a[3]; };
struct f4 { float a[2]; float b, c; };
struct d1 { double a[1]; };
struct d2 { double a; double b; };
struct d3 { struct d2 x; double c; };
struct d4 { double a[4]; };
struct q1 { long double a; };
struct q2 { long double a[2]; };
struct q3 { long double a, b, c; };
struct q4 { long double a[4]; };
union u2 { float f[2]; struct { float a, b; } s; };
typedef struct f1 f1; typedef struct f2 f2; typedef struct f3 f3; typedef struct f4 f4;
typedef struct d1 d1; typedef struct d2 d2; typedef struct d3 d3; typedef struct d4 d4;
typedef struct q1 q1; typedef struct q2 q2; typedef struct q3 q3; typedef struct q4 q4;
typedef union u2 u2;

/* where arguments go, as AAPCS64 says: the next v register (nsrn), the
 * next stack offset (nsaa); an argument is either described in a show()
 * spec or put in give */
struct args {
	int nsrn, nsaa;
	char spec[200];
};

static void arg(struct args *g, int n, int size, const void *val)
{
	int i, len = strlen(g->spec);

	if (g->nsrn + n <= 8) {
		for (i = 0; i < n; i++, g->nsrn++) {
			if (val) {
				char r[4];
				sprintf(r, "v%d", g->nsrn);
				put(r, (const char *)val + i * size, size);
			}
			len += sprintf(g->spec + len, " v%d:%d", g->nsrn, size);
		}
		return;
	}
	g->nsrn = 8;
	if (size == 16)
		g->nsaa = (g->nsaa + 15) & ~15;
	if (val) {
		char s[4];
		sprintf(s, "s%d", g->nsaa);
		put(s, val, n * size);
	}
	sprintf(g->spec + len, " s%d:%d", g->nsaa, n * size);
	g->nsaa += (n * size + 7) & ~7;
}

static void print_f(const char *what, const float *p, int n)
{
	printf(" %s", what);
	while (n-- > 0)
		printf(" %a", *p++);
}

static void print_d(const char *what, const double *p, int n)
{
	printf(" %s", what);
	while (n-- > 0)
		printf(" %a", *p++);
}

static void print_q(const char *what, const long double *p, int n)
{
	printf(" %s", what);
	while (n-- > 0)
		printf(" %La", *p++);
}

/* HFA S (a typedef) of N members of T, printed by print_K */
#define HFA(S, T, N, K)							\
static S make_##S(T base)					\
{									\
	T v[4] = { base, base * 2 + 1, -base / 3, base * 0.125 };	\
	S s;							\
	memcpy(&s, v, sizeof s);					\
	return s;							\
}									\
static void print_##S(const char *what, S s)			\
{									\
	T v[N];								\
	memcpy(v, &s, sizeof s);					\
	print_##K(what, v, N);						\
}									\
static S sum_##S(S a, S b, S c)		\
{									\
	T va[N], vb[N], vc[N];						\
	int i;								\
	print_##S("sum", a);						\
	print_##S("+", b);						\
	print_##S("-", c);						\
	memcpy(va, &a, sizeof a);					\
	memcpy(vb, &b, sizeof b);					\
	memcpy(vc, &c, sizeof c);					\
	for (i = 0; i < N; i++)						\
		va[i] += vb[i] - vc[i];					\
	memcpy(&a, va, sizeof a);					\
	return a;							\
}									\
static S spill_##S(double p0, double p1, double p2, double p3,	\
			  double p4, double p5, S a, float y,	\
			  S b, double z)				\
{									\
	printf(" spill %a %a", p0 + p1 + p2 + p3 + p4, p5);		\
	print_##S("a", a);						\
	printf(" y %a", y);						\
	print_##S("b", b);						\
	printf(" z %a", z);						\
	return b;							\
}									\
static void test_##S(void)						\
{									\
	S a = make_##S(1.5), b = make_##S(-2.25), c = make_##S(1e10);	\
	S r;							\
	struct args g;							\
	double d = 0.1;							\
	float y = 3.0f;							\
	printf(#S ":");							\
	r = sum_##S(a, b, c);						\
	print_##S("=", r);						\
	r = spill_##S(1, 2, 3, 4, 5, 6, a, -y, b, 7);			\
	print_##S("returns", r);					\
	printf("\n");							\
	PROBE(void (*)(S, S, S))(a, b, c);		\
	memset(&g, 0, sizeof g);					\
	arg(&g, N, sizeof(T), 0);					\
	arg(&g, N, sizeof(T), 0);					\
	arg(&g, N, sizeof(T), 0);					\
	show("  probe(a, b, c)", g.spec);				\
	PROBE(void (*)(double, double, double, double, double, double,	\
		       S, float, S, double))		\
		(d, d, d, d, d, d, a, y, b, d);				\
	memset(&g, 0, sizeof g);					\
	g.nsrn = 6;							\
	arg(&g, N, sizeof(T), 0);					\
	arg(&g, 1, sizeof(float), 0);					\
	arg(&g, N, sizeof(T), 0);					\
	arg(&g, 1, sizeof(double), 0);					\
	show("  probe(6 doubles, a, float, b, double)", g.spec);	\
	give_reset();							\
	memset(&g, 0, sizeof g);					\
	arg(&g, N, sizeof(T), &c);					\
	r = PROBE(S (*)(void))();				\
	print_##S("  probe returns", r);				\
	printf("\n call_with:");					\
	give_reset();							\
	memset(&g, 0, sizeof g);					\
	arg(&g, N, sizeof(T), &a);					\
	arg(&g, N, sizeof(T), &b);					\
	arg(&g, N, sizeof(T), &c);					\
	CALL_WITH((void *)sum_##S);					\
	memset(&g, 0, sizeof g);					\
	arg(&g, N, sizeof(T), 0);					\
	show(" returns", g.spec);					\
	give_reset();							\
	memset(&g, 0, sizeof g);					\
	g.nsrn = 6;							\
	arg(&g, N, sizeof(T), &a);					\
	arg(&g, 1, sizeof(float), &y);					\
	arg(&g, N, sizeof(T), &b);					\
	arg(&g, 1, sizeof(double), &d);					\
	CALL_WITH((void *)spill_##S);					\
	printf("\n");							\
}

HFA(f1, float, 1, f)
HFA(f2, float, 2, f)
HFA(f3, float, 3, f)
HFA(f4, float, 4, f)
HFA(d1, double, 1, d)
HFA(d2, double, 2, d)
HFA(d3, double, 3, d)
HFA(d4, double, 4, d)
HFA(q1, long double, 1, q)
HFA(q2, long double, 2, q)
HFA(q3, long double, 3, q)
HFA(q4, long double, 4, q)
HFA(u2, float, 2, f)

/* not HFAs: mixed members, or more than four */
struct mixed { float a; double b; };
struct five { float a[5]; };

static struct mixed mixed_id(struct mixed m, struct five f)
{
	printf("mixed %a %a five %a %a", m.a, m.b, f.a[0], f.a[4]);
	m.a += f.a[4];
	return m;
}

int main(void)
{
	struct mixed m = { 1.25f, -3.5 }, r;
	struct five f = { { 1, 2, 3, 4, 5 } };

	test_f1(); test_f2(); test_f3(); test_f4();
	test_d1(); test_d2(); test_d3(); test_d4();
	test_q1(); test_q2(); test_q3(); test_q4();
	test_u2();
	r = mixed_id(m, f);
	printf(" returns %a %a\n", r.a, r.b);
	PROBE(void (*)(struct mixed, struct five))(m, f);
	show("  probe(mixed, five)", "x0:4 x1:8 *x2:20");
	give_reset();
	give.x[0] = 0x3f800000;
	give.x[1] = 0x4000000000000000;
	r = PROBE(struct mixed (*)(void))();
	printf("  probe returns %a %a\n", r.a, r.b);
	return 0;
}

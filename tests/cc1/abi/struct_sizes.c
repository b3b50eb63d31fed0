/* Structs of every size from 1 to 40 bytes, of chars, shorts, ints, longs
 * and pointers (packed where an odd size needs wider members), passed by
 * value and returned: up to 16 bytes in x0 and x1, larger ones by
 * reference (a pointer to a copy, the result through x8). No struct has
 * padding, so each of its bytes is defined. Each size is checked three
 * ways: a call of the program's own function, what the caller puts in
 * registers and on the stack (through probe), and what the program's
 * function reads from registers set by hand (through call_with). */
#include "probe.h"

#define P __attribute__((packed))
struct s1 { char a; };
struct s2 { short a; };
struct s3 { char a[3]; };
struct s4 { int a; };
struct P s5 { char a; int b; };
struct s6 { short a[3]; };
struct P s7 { short a; char b; int c; };
struct s8 { long a; };
struct P s9 { long a; char b; };
struct s10 { short a[5]; };
struct P s11 { int a; short b; char c[5]; };
struct s12 { int a[3]; };
struct P s13 { char a; long b; int c; };
struct P s14 { int a; short b; long c; };
struct P s15 { char a[3]; int b; long c; };
struct s16 { long a; void *p; };
struct P s17 { long a; long b; char c; };
struct P s18 { void *p; int a; int b; short c; };
struct s19 { char a[19]; };
struct s20 { int a[5]; };
struct P s21 { long a; int b; char c[9]; };
struct s22 { short a[11]; };
struct P s23 { char a; short b; int c; long d; long e; };
struct s24 { long a; int b; int c; void *p; };
struct P s25 { long a[3]; char b; };
struct s26 { short a[13]; };
struct s27 { char a[27]; };
struct s28 { int a[7]; };
struct P s29 { void *p; int a; char b[17]; };
struct s30 { short a[15]; };
struct P s31 { long a; int b; short c; char d[17]; };
struct s32 { long a; void *p; int b[2]; short c[4]; };
struct P s33 { char a; long b[4]; };
struct s34 { short a[17]; };
struct s35 { char a[35]; };
struct s36 { int a[9]; };
struct P s37 { int a; void *p[4]; char b; };
struct s38 { short a[19]; };
struct P s39 { long a[4]; short b; char c[5]; };
struct s40 { long a; void *p; int b; short c[2]; char d[8]; long e; };

static void hex(const char *what, const void *p, int size)
{
	printf(" %s ", what);
	bytes(p, size);
}

/* SIZE bytes from SEED on */
static void fill(void *p, int size, int seed)
{
	unsigned char *c = p;
	int i;

	for (i = 0; i < size; i++)
		c[i] = seed + 7 * i;
}

/* where a struct of SIZE bytes lies: after NREG x registers in use, or
 * on the stack after the registers */
static const char *where(int size, int nreg, char *buf)
{
	if (nreg + (size + 7) / 8 > 8 && size <= 16)
		sprintf(buf, "s0:%d", size);
	else if (size > 16)
		sprintf(buf, nreg < 8 ? "*x%d:%d" : "*s0:%d", nreg < 8 ? nreg : size, size);
	else if (size <= 8)
		sprintf(buf, "x%d:%d", nreg, size);
	else
		sprintf(buf, "x%d:8 x%d:%d", nreg, nreg + 1, size - 8);
	return buf;
}

/* SIZE bytes of P into give, as an argument after NREG x registers */
static void give_arg(const void *p, int size, int nreg)
{
	char r[4];

	sprintf(r, "x%d", nreg);
	if (size > 16) {
		unsigned long a = (unsigned long)p;
		put(r, &a, 8);
	} else {
		put(r, p, size);
	}
}

/* SIZE: its function, called directly, by probe and by call_with */
#define SIZE(N)								\
static struct s##N id##N(struct s##N a, int k)				\
{									\
	struct s##N r;							\
	printf("s%d", k);						\
	hex("in", &a, sizeof a);					\
	fill(&r, sizeof r, k ^ 0x80);					\
	memcpy(&r, &a, sizeof a / 2);					\
	return r;							\
}									\
static struct s##N after7_##N(long a, long b, long c, long d, long e,	\
			      long f, long g, struct s##N s)		\
{									\
	hex("after7", &s, sizeof s);					\
	return s;							\
}									\
static void size##N(void)						\
{									\
	struct s##N a, b, ret;						\
	char spec[32];							\
	fill(&a, sizeof a, N);						\
	b = id##N(a, N);						\
	hex("out", &b, sizeof b);					\
	b = after7_##N(1, 2, 3, 4, 5, 6, 7, a);				\
	printf(" %s\n", memcmp(&a, &b, sizeof a) ? "BAD" : "same");	\
	PROBE(void (*)(struct s##N, int))(a, 99);			\
	show("  probe(s, int)", where(N, 0, spec));			\
	PROBE(void (*)(int, int, int, int, int, int, int, struct s##N))	\
		(1, 2, 3, 4, 5, 6, 7, a);				\
	show("  probe(7 ints, s)", where(N, 7, spec));			\
	give_reset();							\
	fill(give.x, 16, 0xc0);						\
	fill(give.mem, sizeof give.mem, 0xe0);				\
	give.size = N;							\
	ret = (N > 16 ? PROBE_MEM(struct s##N (*)(void)) :		\
			PROBE(struct s##N (*)(void)))();		\
	hex(" probe returns", &ret, sizeof ret);			\
	give_reset();							\
	give_arg(&a, N, 0);						\
	give.x[N > 16 ? 1 : (N + 7) / 8] = 100 + N;			\
	give.x[8] = (unsigned long)&ret;				\
	memset(&ret, 0, sizeof ret);					\
	printf("\n  call_with:");					\
	CALL_WITH((void *)id##N);					\
	if (N > 16)							\
		hex("returns", &ret, sizeof ret);			\
	else								\
		show(" returns", where(N, 0, spec));			\
	printf("\n");							\
}

#define SIZES(X) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) \
	X(11) X(12) X(13) X(14) X(15) X(16) X(17) X(18) X(19) X(20) \
	X(21) X(22) X(23) X(24) X(25) X(26) X(27) X(28) X(29) X(30) \
	X(31) X(32) X(33) X(34) X(35) X(36) X(37) X(38) X(39) X(40)

SIZES(SIZE)

#define CHECK_SIZE(N) _Static_assert(sizeof(struct s##N) == N, "s" #N);
SIZES(CHECK_SIZE)

#define CALL(N) size##N();

int main(void)
{
	SIZES(CALL)
	return 0;
}

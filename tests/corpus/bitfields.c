/* Bit-fields: signed ones sign-extend when read, unsigned ones do not;
 * storing truncates to the width; neighbours are untouched; increments
 * wrap at the width; a narrow unsigned field promotes to int in
 * arithmetic; layout (sizeof, packing into the declared type's unit,
 * zero-width fields starting a new unit) follows the AAPCS64. */
#include <stdio.h>
#include <string.h>

struct flags {
	unsigned a : 1;
	unsigned b : 3;
	signed c : 4;
	int d : 5;		/* plain int: signed in gcc and tcc */
	unsigned e : 19;
};

struct mixed {
	char c;
	int x : 7;
	short s : 9;
	long long big : 40;
	unsigned long long top : 24;
};

struct zero {
	unsigned a : 3;
	unsigned : 0;
	unsigned b : 3;
	unsigned char c : 2;
	unsigned : 4;
	unsigned char d : 2;
};

struct wide { unsigned long long lo : 33, hi : 31; };
struct boolf { _Bool t : 1; unsigned u : 2; };
struct small { unsigned char a : 4, b : 4; };
struct tail { int n; unsigned char f : 3; };

static void dump(const char *what, const void *p, size_t n)
{
	const unsigned char *b = p;
	size_t i;
	printf("%s:", what);
	for (i = 0; i < n; i++)
		printf(" %02x", b[i]);
	printf("\n");
}

int main(void)
{
	struct flags f;
	struct mixed m;
	struct zero z;
	struct wide w;
	struct boolf bf;
	struct small sm;
	int i, v;

	printf("sizeof: flags %zu mixed %zu zero %zu wide %zu boolf %zu small %zu tail %zu\n",
	       sizeof f, sizeof m, sizeof z, sizeof w, sizeof bf, sizeof sm, sizeof(struct tail));

	memset(&f, 0, sizeof f);
	f.a = 3;		/* truncates to 1 */
	f.b = 13;		/* 5 */
	f.c = 9;		/* -7 */
	f.d = -17;		/* 15 */
	f.e = 0xfffff;		/* 0x7ffff */
	printf("flags: %u %u %d %d %u\n", f.a, f.b, f.c, f.d, f.e);
	dump("flags bytes", &f, sizeof f);
	f.c = -8;
	f.c--;			/* wraps to 7 */
	f.b++;
	f.b += 3;		/* 6 + 3 = 9 -> 1 */
	f.e += 1;		/* 0x7ffff + 1 -> 0 */
	printf("wrapped: %u %u %d %d %u\n", f.a, f.b, f.c, f.d, f.e);
	dump("flags bytes", &f, sizeof f);

	/* Promotion: an unsigned field narrower than int promotes to int. */
	f.b = 0;
	printf("promote: %d %d %d\n", f.b - 1 < 0, (f.e - 1) < 0, f.a - 2);
	printf("sizeof promoted: %zu %zu\n", sizeof(f.b + 0), sizeof(+f.e));

	memset(&m, 0xff, sizeof m);
	m.c = 'm';
	m.x = -64;
	m.s = 255;
	m.big = -(1LL << 39);
	m.big -= 1;		/* -(2^39) - 1 does not fit in 40 bits: wraps */
	m.top = 0xabcdefULL;
	printf("mixed: %c %d %d %lld %llx\n", m.c, m.x, m.s, (long long)m.big,
	       (unsigned long long)m.top);
	m.s = 256;		/* -256 in 9 bits */
	m.x = 63;
	m.x += 1;		/* 64 in 7 bits: -64 */
	printf("mixed again: %d %d\n", m.s, m.x);
	dump("mixed bytes", &m, sizeof m);

	memset(&z, 0, sizeof z);
	z.a = 7;
	z.b = 5;
	z.c = 3;
	z.d = 2;
	dump("zero bytes", &z, sizeof z);

	w.lo = 0x1ffffffffULL;
	w.hi = 0x7fffffff;
	w.lo += 2;
	printf("wide: %llx %llx\n", (unsigned long long)w.lo, (unsigned long long)w.hi);
	dump("wide bytes", &w, sizeof w);

	bf.t = 5;		/* a _Bool field stores 1 */
	bf.u = 6;
	printf("bool: %d %u\n", bf.t, bf.u);

	sm.a = 0xf;
	sm.b = 0;
	for (i = 0, v = 0; i < 20; i++) {
		sm.a++;
		sm.b += 3;
		v += sm.a * 16 + sm.b;
	}
	printf("small: %u %u %d\n", sm.a, sm.b, v);
	dump("small bytes", &sm, sizeof sm);

	/* A signed field of width 1 holds 0 and -1. */
	{
		struct { int one : 1; unsigned uone : 1; } o;
		o.one = 1;
		o.uone = 1;
		printf("width 1: %d %u\n", o.one, o.uone);
	}
	return 0;
}

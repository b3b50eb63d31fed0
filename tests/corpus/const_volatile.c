/* const and volatile: const objects (globals, static locals, arrays of
 * structs, strings), pointer-to-const versus const pointer, casting const
 * away from an object that is not itself const, qualified struct members,
 * volatile reads and writes that must all happen (a volatile counter
 * incremented in a loop, a volatile struct copied, volatile bit-fields
 * updated in place), qualifiers ignored by sizeof and assignment
 * conversions, and a const-qualified compound literal. */
#include <stdio.h>
#include <string.h>

struct pair { const int k; volatile int v; };
static const struct { const char *name; int val; } table[] = {
	{ "one", 1 }, { "two", 2 }, { "three", 3 },
};
static const char message[] = "constant message";
static const double coeffs[4] = { 0.5, -1.25, 3.0, 1e-3 };
static volatile int vcount;
static volatile struct { unsigned lo : 4, hi : 4; } vbits;

static int sum_const(const int *p, int n)
{
	int s = 0;
	while (n--)
		s += *p++;
	return s;
}

static void set_through(const int *p, int v)
{
	*(int *)p = v;		/* fine: the object itself is not const */
}

static int counter(void)
{
	static const int base = 1000;
	static int n;
	return base + n++;
}

int main(void)
{
	int data[5] = { 1, 2, 3, 4, 5 };
	const int *pc = data;
	int *const cp = data + 1;
	const int *const cpc = data + 2;
	struct pair p = { 7, 8 };
	volatile struct pair vp;
	struct pair copy;
	volatile double vd = 0.1;
	double d;
	int i;
	const int limit = 4;
	int vla[limit];

	printf("table: %s=%d %s=%d %s=%d\n", table[0].name, table[0].val, table[1].name,
	       table[1].val, table[2].name, table[2].val);
	printf("message: %s (%zu)\n", message, sizeof message);
	printf("coeffs: %g %g %g %g\n", coeffs[0], coeffs[1], coeffs[2], coeffs[3]);
	printf("pointers: %d %d %d\n", *pc, *cp, *cpc);
	*cp = 20;
	pc++;
	printf("after: %d %d %d\n", *pc, *cp, sum_const(data, 5));
	set_through(&data[4], 50);
	printf("cast away const: %d\n", data[4]);
	i = counter();
	printf("counter: %d", i);
	i = counter();
	printf(" %d\n", i);

	for (i = 0; i < 1000; i++)
		vcount++;
	printf("vcount: %d\n", vcount);
	vbits.lo = 9;
	vbits.hi = 6;
	vbits.lo += 8;
	vbits.hi ^= 0xf;
	printf("vbits: %u %u\n", vbits.lo, vbits.hi);

	p.v += 2;
	vp.v = 3;
	memcpy(&copy, &p, sizeof copy);
	printf("pair: %d %d, copy %d %d, vp.v %d\n", p.k, p.v, copy.k, copy.v, vp.v);

	d = vd;
	d += vd;
	printf("volatile double: %.17g\n", d);
	printf("sizeof qualified: %zu %zu %zu\n", sizeof(const volatile int), sizeof(const char[3]),
	       sizeof(volatile struct pair));
	for (i = 0; i < limit; i++)
		vla[i] = i * i;
	printf("vla from const int: %zu %d\n", sizeof vla, vla[limit - 1]);
	{
		const int *lit = (const int[]){ 4, 5, 6 };
		printf("const literal: %d\n", lit[0] + lit[1] + lit[2]);
	}
	return 0;
}

/* Unions and type punning: reading a float or double through an integer
 * member (and back), the bytes of every scalar type in memory (little
 * endian), a union's size and alignment (its largest and most aligned
 * member), unions inside structs and arrays, assignment of whole unions,
 * punning through memcpy and through unsigned char pointers, and
 * negative zero, NaN and infinity built from bits. */
#include <stdio.h>
#include <string.h>

union fbits { float f; unsigned u; unsigned char b[4]; };
union dbits { double d; unsigned long long u; unsigned hw[2]; };
union ldbits { long double ld; unsigned long long u[2]; };
union mixed { char c; short s; int i; long l; double d; char str[13]; };
struct tagged { int tag; union { int i; double d; const char *s; } v; };

static void bytes(const char *what, const void *p, size_t n)
{
	const unsigned char *b = p;
	size_t i;
	printf("%s:", what);
	for (i = 0; i < n; i++)
		printf(" %02x", b[i]);
	printf("\n");
}

static void show(struct tagged t)
{
	switch (t.tag) {
	case 0: printf("int %d\n", t.v.i); break;
	case 1: printf("double %g\n", t.v.d); break;
	default: printf("string %s\n", t.v.s); break;
	}
}

int main(void)
{
	union fbits fb;
	union dbits db;
	union ldbits lb;
	union mixed m, m2;
	struct tagged items[3];
	short s = -2;
	long l = 0x0102030405060708L;
	float f;
	double d;
	unsigned u;
	unsigned long long ull;
	int i;

	fb.f = 1.0f;
	printf("1.0f = %08x\n", fb.u);
	fb.f = -0.1f;
	printf("-0.1f = %08x, bytes %02x %02x %02x %02x\n", fb.u, fb.b[0], fb.b[1], fb.b[2], fb.b[3]);
	fb.u = 0x7f800000;
	printf("inf: %g\n", fb.f);
	fb.u = 0x80000000;
	printf("-0: %g %d\n", fb.f, fb.f == 0);
	fb.u = 0x00000001;
	printf("min subnormal: %g\n", fb.f);
	fb.u = 0x7fc00000;
	printf("nan: %d\n", fb.f != fb.f);

	db.d = 1.0 / 3;
	printf("1/3 = %016llx, words %08x %08x\n", db.u, db.hw[0], db.hw[1]);
	db.u = 0xfff0000000000000ULL;
	printf("-inf: %g\n", db.d);
	db.u = 0x3ff0000000000001ULL;
	printf("1+ulp: %.17g\n", db.d);

	lb.ld = -2.5L;
	printf("-2.5L = %016llx %016llx\n", lb.u[1], lb.u[0]);

	memset(&m, 0, sizeof m);
	m.l = l;
	printf("mixed: c %d s %d i %d\n", m.c, m.s, m.i);
	strcpy(m.str, "overlapping");
	m2 = m;
	printf("copy: %s, sizeof %zu alignof %zu\n", m2.str, sizeof m, _Alignof(union mixed));

	bytes("short -2", &s, sizeof s);
	bytes("long", &l, sizeof l);
	f = 3.5f;
	bytes("float 3.5", &f, sizeof f);
	d = -0.0;
	bytes("double -0", &d, sizeof d);

	memcpy(&u, &f, 4);
	u ^= 0x80000000;
	memcpy(&f, &u, 4);
	printf("sign flipped via memcpy: %g\n", f);
	d = 6.0;
	memcpy(&ull, &d, 8);
	ull += 1ULL << 52;
	memcpy(&d, &ull, 8);
	printf("exponent bumped: %g\n", d);
	{
		unsigned char *p = (unsigned char *)&d;
		p[7] ^= 0x80;
		printf("sign via bytes: %g\n", d);
	}

	items[0].tag = 0;
	items[0].v.i = -42;
	items[1].tag = 1;
	items[1].v.d = 2.75;
	items[2].tag = 2;
	items[2].v.s = "text";
	for (i = 0; i < 3; i++)
		show(items[i]);
	printf("struct tagged: sizeof %zu\n", sizeof(struct tagged));
	return 0;
}

/* Narrow parameters and return values (char, short, _Bool, float): the
 * value passed is converted to the parameter's type, and the callee sees
 * only that, whether it arrives in a register or in a stack slot past the
 * eighth argument; a narrow return value is converted to the return type. */
#include <stdio.h>

static void narrow_regs(signed char a, unsigned char b, short c, unsigned short d,
			_Bool e, char f, float g)
{
	printf("regs: %d %d %d %d %d %d %.9g\n", a, b, c, d, e, f, g);
}

/* The last five land on the stack. */
static void narrow_stack(long r1, long r2, long r3, long r4, long r5, long r6,
			 long r7, long r8, signed char a, unsigned char b, short c,
			 unsigned short d, _Bool e)
{
	printf("stack: %ld %d %d %d %d %d\n", r1 + r2 + r3 + r4 + r5 + r6 + r7 + r8,
	       a, b, c, d, e);
}

/* Floats past the eight floating registers. */
static void float_stack(double d1, double d2, double d3, double d4, double d5,
			double d6, double d7, double d8, float a, float b, double c,
			float e)
{
	printf("fstack: %g %.9g %.9g %.17g %.9g\n", d1 + d2 + d3 + d4 + d5 + d6 + d7 + d8,
	       a, b, c, e);
}

/* Parameters are modifiable objects of their own narrow type. */
static int wrap_params(signed char a, unsigned char b, short c, unsigned short d)
{
	a += 100;
	b += 100;
	c *= 1000;
	d -= 1;
	return a * 1000000 + b * 1000 + (c & 0xff) + d;
}

static signed char ret_schar(int x) { return x; }
static unsigned char ret_uchar(int x) { return x; }
static short ret_short(long x) { return x; }
static unsigned short ret_ushort(int x) { return x; }
static _Bool ret_bool(long x) { return x; }
static _Bool ret_bool_d(double x) { return x; }
static float ret_float(double x) { return x; }
static char ret_char(int x) { return x; }

/* Results compared before any other conversion. */
static int cmp_narrow(void)
{
	int n = 0;
	if (ret_schar(255) < 0)
		n |= 1;
	if (ret_uchar(-1) > 0)
		n |= 2;
	if (ret_short(0x18000) < 0)
		n |= 4;
	if (ret_ushort(-2) == 65534)
		n |= 8;
	if (ret_bool(0x100000000L) == 1)
		n |= 16;
	if (ret_bool_d(0.25) == 1)
		n |= 32;
	return n;
}

int main(void)
{
	int big = 0x12345;
	long lbig = -0x7ffffffffL;
	narrow_regs(big, big, big, big, big, big, 1.0000001);
	narrow_regs(-129, 256 + 255, -32769, -1, 2, 'z' + 256, 16777217.0);
	narrow_stack(1, 2, 3, 4, 5, 6, 7, 8, big, big, lbig, lbig, 0.5);
	narrow_stack(1, 2, 3, 4, 5, 6, 7, 8, -1, -1, -1, -1, -1);
	narrow_stack(0, 0, 0, 0, 0, 0, 0, 0, 127, 128, 32767, 32768, 0);
	float_stack(1, 2, 3, 4, 5, 6, 7, 8, 0.1, 1e-45, 0.1f, 3.4028235e38);
	printf("wrap: %d\n", wrap_params(100, 200, 300, 0));
	printf("ret: %d %d %d %d %d %d %d %.9g %d\n", ret_schar(200), ret_uchar(-56),
	       ret_short(40000), ret_ushort(-1), ret_bool(256), ret_bool_d(-0.0),
	       ret_bool_d(1e-300), ret_float(0.1), ret_char(-1));
	printf("ret sums: %d %d\n", ret_schar(200) + ret_uchar(200),
	       ret_short(-1) + ret_ushort(-1));
	printf("cmp: %d\n", cmp_narrow());
	printf("char signedness: %d\n", (char)-1 < 0);
	return 0;
}

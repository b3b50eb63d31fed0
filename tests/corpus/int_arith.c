/* Integer arithmetic: division and remainder of negative operands truncate
 * toward zero (and a == (a/b)*b + a%b), shifts by every count, arithmetic
 * right shift of negative values, unsigned wrap-around, 64-bit products,
 * division by constants (which compilers turn into multiplications), and
 * the carry, borrow and high-part patterns of multi-word arithmetic. */
#include <stdio.h>

static volatile int sa[] = { 7, -7, 1, -1, 0, 2147483647, -2147483647, 100, -100, 13 };
static volatile int sb[] = { 2, -2, 3, -3, 7, -7, 1, -1, 2147483647, 10 };

int main(void)
{
	int i, j, k;
	unsigned long long h = 0;

	for (i = 0; i < 10; i++)
		for (j = 0; j < 10; j++) {
			int a = sa[i], b = sb[j];
			int q = a / b, r = a % b;
			if (q * b + r != a)
				printf("identity broken: %d %d\n", a, b);
			h = h * 31 + (unsigned)q * 7 + (unsigned)r;
			if (j % 3 == 0)
				printf("%d / %d = %d rem %d; u %u %u\n", a, b, q, r,
				       (unsigned)a / (unsigned)b, (unsigned)a % (unsigned)b);
		}
	printf("div hash: %llx\n", h);

	{
		volatile long long a = -9000000000000000000LL, b = 7, c = -3;
		printf("ll div: %lld %lld %lld %lld %lld\n", a / b, a % b, a / c, a % c, -a % 1000);
		printf("ull div: %llu %llu\n", (unsigned long long)a / 1000000007ULL,
		       (unsigned long long)a % 1000000007ULL);
	}

	/* Division by constants, signed and unsigned, over a range. */
	h = 0;
	for (k = -1000; k <= 1000; k += 7) {
		int v = k * 1234567;
		unsigned u = (unsigned)v;
		h = h * 131 + (unsigned)(v / 3) + (unsigned)(v / 7) + (unsigned)(v % 10) +
		    (unsigned)(v / 1000) + u / 3 + u / 7 + u % 10 + u / 1000 + (unsigned)(v / -5) +
		    (unsigned)(v / 16) + (unsigned)(v % 16) + u / 16;
	}
	printf("const div hash: %llx\n", h);

	/* Shifts by every count. */
	{
		volatile unsigned long long one = 1, allu = ~0ULL;
		volatile long long neg = -0x123456789LL;
		volatile unsigned u32 = 0x80000001u;
		volatile int i32 = -0x7fffffff;
		unsigned long long acc = 0;
		for (k = 0; k < 64; k++) {
			acc += (one << k) ^ (allu >> k) ^ (unsigned long long)(neg >> k);
			acc = acc * 3 + (k < 32 ? (u32 >> k) + (unsigned)(i32 >> k) + (u32 << k) : 0);
		}
		printf("shift hash: %llx\n", acc);
		printf("shifts: %lld %lld %d %d %u %u\n", neg >> 1, neg >> 63, i32 >> 31, i32 >> 4,
		       u32 >> 31, u32 << 31);
	}

	/* Unsigned wrap-around and 64-bit products. */
	{
		volatile unsigned a = 0xfffffff0u, b = 0x20;
		volatile unsigned long long x = 0xfedcba9876543210ULL, y = 0x0123456789abcdefULL;
		unsigned long long lo, hi, t;
		printf("wrap: %x %x %x %x\n", a + b, b - a, a * b, a * a);
		printf("ull: %llx %llx %llx\n", x + y, x - y * 3, x * y);
		/* The high 64 bits of x*y from 32-bit pieces, with carries. */
		{
			unsigned long long xl = x & 0xffffffff, xh = x >> 32;
			unsigned long long yl = y & 0xffffffff, yh = y >> 32;
			unsigned long long ll = xl * yl, lh = xl * yh, hl = xh * yl, hh = xh * yh;
			t = (ll >> 32) + (lh & 0xffffffff) + (hl & 0xffffffff);
			lo = (t << 32) | (ll & 0xffffffff);
			hi = hh + (lh >> 32) + (hl >> 32) + (t >> 32);
			printf("mulhi: %llx %llx\n", hi, lo);
		}
		printf("carry: %d %d\n", x + y < x, x + x < x);
	}

	/* Compound assignment converts through the left operand's type. */
	{
		unsigned char c = 250;
		short s = 30000;
		int n = 10;
		unsigned u = 5;
		c += 10;
		s += s;
		n -= 20u;
		u -= 10;
		n *= 2.75;
		printf("compound: %d %d %d %u\n", c, s, n, u);
		c = 7;
		c <<= 6;
		s = -1;
		s >>= 4;
		printf("compound shifts: %d %d\n", c, s);
	}

	/* Increments on all widths near their limits. */
	{
		signed char sc = 126;
		unsigned short us = 65534;
		long long ll = 9223372036854775806LL;
		sc++;
		us++;
		us++;
		ll++;
		printf("incr: %d %u %lld\n", sc, us, ll);
	}
	return 0;
}

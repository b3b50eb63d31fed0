/* Code generation at the limits of instruction encodings: locals at
 * frame offsets past 4 KiB, 64 KiB and 1 MiB (load/store immediates run
 * out), a large struct argument and return value, globals and static
 * arrays larger than 1 MiB with elements addressed far from their start,
 * 64-bit constants that need several instructions, many simultaneously
 * live variables (more than there are registers), and deep expressions. */
#include <stdio.h>
#include <string.h>

struct huge { char bytes[70000]; int last; };

static char big_global[3 << 20];
static int big_table[300000] = { 1, [299999] = 2 };

static struct huge make_huge(int seed)
{
	struct huge h;
	memset(h.bytes, seed, sizeof h.bytes);
	h.bytes[69999] = (char)(seed + 1);
	h.last = seed * 1000;
	return h;
}

static long take_huge(struct huge h, int k)
{
	return h.bytes[0] + h.bytes[69999] + h.last + k;
}

static long frame_offsets(int k)
{
	volatile char small = 1;
	char pad1[5000];
	volatile int mid = 2;
	char pad2[70000];
	volatile long far = 3;
	char pad3[1100000];
	volatile double farther = 4.5;
	pad1[4999] = (char)k;
	pad2[69999] = (char)(k + 1);
	pad3[1099999] = (char)(k + 2);
	pad3[0] = pad1[4999];
	return small + mid + far + (long)farther + pad1[4999] + pad2[69999] + pad3[1099999] + pad3[0];
}

static unsigned long long constants(unsigned long long x)
{
	x ^= 0x123456789abcdef0ULL;
	x += 0xfedcba9876543210ULL;
	x *= 0x9e3779b97f4a7c15ULL;
	x -= 0x8000000000000001ULL;
	x &= 0xffff0000ffff0000ULL;
	x |= 0x00000000000fffffULL;
	return x + 4294967296ULL + 65536 * 3 + 0x7ff;
}

static long pressure(long a, long b)
{
	long v0 = a + 1, v1 = b + 2, v2 = a * 3, v3 = b * 4, v4 = a - b, v5 = a ^ b;
	long v6 = a | 7, v7 = b & 0xff, v8 = a << 3, v9 = b >> 1, v10 = a * b;
	long v11 = v0 + v1, v12 = v2 - v3, v13 = v4 * v5, v14 = v6 + v7, v15 = v8 - v9;
	long v16 = v10 + v11, v17 = v12 * 2, v18 = v13 - v14, v19 = v15 + v16;
	long v20 = v0 * v19, v21 = v1 * v18, v22 = v2 + v17, v23 = v3 - v16;
	double f0 = a * 0.5, f1 = b * 0.25, f2 = f0 + f1, f3 = f0 - f1, f4 = f2 * f3;
	double f5 = f4 + 1, f6 = f5 / 3, f7 = f6 - f0, f8 = f7 * f1, f9 = f8 + f2;
	return v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + v10 + v11 + v12 + v13 + v14 +
	       v15 + v16 + v17 + v18 + v19 + v20 + v21 + v22 + v23 +
	       (long)(f0 + f1 + f2 + f3 + f4 + f5 + f6 + f7 + f8 + f9) +
	       ((v0 * v23 - v1 * v22) ^ (v2 * v21 + v3 * v20));
}

static int deep_expr(int x)
{
	return ((((((((x + 1) * 2 - 3) * 4 + 5) * 6 - 7) ^ 8) + ((x * 9) & 0xff)) |
		 (((x << 2) + (x >> 1)) * ((x - 3) * (x + 3)))) -
		(((x % 7) * (x / 3)) + (((x ^ 0x55) & (x | 0x0f)) * 11))) %
	       100003;
}

int main(void)
{
	struct huge h = make_huge(3);
	int i;
	long sum = 0;

	printf("huge: %ld %ld\n", take_huge(h, 7), take_huge(make_huge(5), 1));
	printf("frame offsets: %ld %ld\n", frame_offsets(10), frame_offsets(-20));
	big_global[(3 << 20) - 1] = 9;
	big_global[1 << 20] = 8;
	big_table[150000] = 5;
	for (i = 0; i < 300000; i += 1000)
		sum += big_table[i] + big_global[i * 10];
	printf("globals: %d %d %d %d %ld\n", big_global[(3 << 20) - 1], big_global[1 << 20],
	       big_table[0], big_table[299999], sum);
	printf("constants: %llx %llx\n", constants(0), constants(0xdeadbeefcafef00dULL));
	printf("pressure: %ld %ld\n", pressure(12345, -678), pressure(-1, 1 << 12));
	for (i = 1; i < 56; i += 11)
		printf("deep_expr(%d) = %d\n", i, deep_expr(i));
	return 0;
}

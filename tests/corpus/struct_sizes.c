/* Structs of every size from 1 to 40 bytes passed and returned by value:
 * up to 16 bytes in one or two registers (returned in x0/x1), larger ones
 * by reference to a copy (returned through x8). Each size is passed in
 * registers, passed after eight integer arguments (so on the stack, or its
 * address on the stack), passed after seven (a two-register struct does not
 * fit in x7: it goes on the stack, and so does every later integer
 * argument), passed to a variadic function (four of them, so that one
 * takes the stack that way), returned, and modified by the callee
 * without changing the caller's copy. */
#include <stdio.h>
#include <stdarg.h>

static void dump(const char *what, int n, const unsigned char *b, int tail)
{
	int i;
	printf("%s %d:", what, n);
	for (i = 0; i < n; i++)
		printf("%02x", b[i]);
	printf(" tail %d\n", tail);
}

#define SIZE(N)									\
struct s##N { unsigned char b[N]; };						\
static struct s##N make##N(int seed)						\
{										\
	struct s##N s;								\
	int i;									\
	for (i = 0; i < N; i++)							\
		s.b[i] = seed + i * 7;						\
	return s;								\
}										\
static struct s##N bump##N(struct s##N s)					\
{										\
	int i;									\
	for (i = 0; i < N; i++)							\
		s.b[i] += 1;							\
	return s;								\
}										\
static void regs##N(struct s##N s, int tail)					\
{										\
	dump("regs", N, s.b, tail);						\
}										\
static void stack##N(long r0, long r1, long r2, long r3, long r4, long r5,	\
		     long r6, long r7, struct s##N s, int tail)			\
{										\
	dump("stack", N, s.b, tail + (int)(r0 + r1 + r2 + r3 + r4 + r5 + r6 + r7)); \
}										\
static void split##N(long r0, long r1, long r2, long r3, long r4, long r5,	\
		     long r6, struct s##N s, int tail)				\
{										\
	dump("split", N, s.b, tail + (int)(r0 + r1 + r2 + r3 + r4 + r5 + r6));	\
}										\
static void vari##N(int n, ...)							\
{										\
	va_list ap;								\
	struct s##N s;								\
	int i;									\
	va_start(ap, n);							\
	for (i = 0; i < n; i++) {						\
		s = va_arg(ap, struct s##N);					\
		dump("vari", N, s.b, i);					\
	}									\
	printf("vari %d tail %d\n", N, va_arg(ap, int));			\
	va_end(ap);								\
}										\
static void test##N(void)							\
{										\
	struct s##N a = make##N(N), b, c;					\
	b = bump##N(a);								\
	dump("made", N, a.b, 0);						\
	dump("bumped", N, b.b, 0);						\
	regs##N(a, -1);								\
	regs##N(bump##N(bump##N(a)), -2);					\
	stack##N(1, 2, 3, 4, 5, 6, 7, 8, b, 100);				\
	split##N(1, 2, 3, 4, 5, 6, 7, a, 200);					\
	vari##N(4, a, b, bump##N(b), a, 4242);					\
	c = a;									\
	c.b[N - 1] = 0xee;							\
	dump("copy", N, c.b, a.b[N - 1]);					\
}

SIZE(1) SIZE(2) SIZE(3) SIZE(4) SIZE(5) SIZE(6) SIZE(7) SIZE(8)
SIZE(9) SIZE(10) SIZE(11) SIZE(12) SIZE(13) SIZE(14) SIZE(15) SIZE(16)
SIZE(17) SIZE(18) SIZE(19) SIZE(20) SIZE(21) SIZE(22) SIZE(23) SIZE(24)
SIZE(25) SIZE(26) SIZE(27) SIZE(28) SIZE(29) SIZE(30) SIZE(31) SIZE(32)
SIZE(33) SIZE(34) SIZE(35) SIZE(36) SIZE(37) SIZE(38) SIZE(39) SIZE(40)

int main(void)
{
	test1(); test2(); test3(); test4(); test5(); test6(); test7(); test8();
	test9(); test10(); test11(); test12(); test13(); test14(); test15(); test16();
	test17(); test18(); test19(); test20(); test21(); test22(); test23(); test24();
	test25(); test26(); test27(); test28(); test29(); test30(); test31(); test32();
	test33(); test34(); test35(); test36(); test37(); test38(); test39(); test40();
	return 0;
}

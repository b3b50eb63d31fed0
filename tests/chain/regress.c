/* regress: what the chain's patches to tcc (chain/patches/tcc/) fix, in
 * one program that every tcc of the chain (tcc0 to tcc3) must compile,
 * with -c and then a link, to a program whose output equals that of the
 * cross gcc's build (-std=gnu11). */
#include <assert.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

/* 0001: code after a constant assert, and after constant ||, && and ?:
 * around a noreturn call, runs. */
static int after_asserts(int x)
{
	int n = 0;

	assert(sizeof(int) == 4);
	n++;
	assert(1);
	n++;
	(void)(1 || (__assert_fail("x", "f", 1, "g"), 0));
	n++;
	(void)(0 && (__assert_fail("x", "f", 1, "g"), 0));
	n++;
	(void)(1 ? 0 : (__assert_fail("x", "f", 1, "g"), 0));
	n++;
	assert(x > 0);
	return n + 10 * x;
}

/* 0002: narrow arguments to a variadic function, past the registers. */
static long sum(int n, ...)
{
	va_list ap;
	long s = 0;

	va_start(ap, n);
	while (n--)
		s += va_arg(ap, int);
	va_end(ap);
	return s;
}

/* 0003: locals aligned above 16, initialized and not, arrays too. */
static void aligned(int k)
{
	_Alignas(32) char buf[10] = "abc";
	_Alignas(64) int arr[5] = { 1, 2, 3, [4] = k };
	_Alignas(128) long x = k;
	double d __attribute__((aligned(32))) = 2.5;

	buf[1] = (char)('0' + k);
	printf("aligned: %d %d %d %d %s %d %ld %g\n", (int)((uintptr_t)buf % 32),
	       (int)((uintptr_t)arr % 64), (int)((uintptr_t)&x % 128),
	       (int)((uintptr_t)&d % 32), buf, arr[4], x, d * k);
}

/* 0004: an access through a constant address links (never called). */
int poke(void)
{
	return *(volatile int *)0x20000000 += 42;
}

/* 0005: digraphs; 0006: u8 strings; 0007: an array parameter whose size
 * names an earlier parameter. */
%:define DIGRAPH_CAT(a, b) a %:%: b
static int digraph_sum(int n, int a<:n:>) <%
	int DIGRAPH_CAT(to, tal) = 0, i;

	for (i = 0; i < n; i++)
		total += a<:i:>;
	return total;
%>

int main(void)
{
	char pad[3] = { 1, 2, 3 };

	printf("asserts: %d\n", after_asserts(4));
	printf("narrow: %d %d %d %d %d %d %d %d %d %d\n", 1, 2, 3, 4, 5, 6, 7,
	       (short)-8, (signed char)-5, (unsigned char)200);
	printf("sum: %ld\n", sum(11, 1, 2, 3, 4, 5, 6, 7, (short)-8, (signed char)-5,
	       (unsigned char)200, (_Bool)1));
	aligned(pad[0]);
	aligned(pad[2]);
	printf("front end: %d %s %zu\n", digraph_sum(3, (int[]){ 4, 5, 6 }), u8"café",
	       sizeof u8"é");
	return 0;
}

/* musl's aarch64 atomics (arch/aarch64/atomic_arch.h): a compare and
   swap loop of ldaxr/stlxr/cbnz with a forward b.ne, a fetch-and-add
   from a_ll/a_sc, dmb ish, and rbit/clz for a_ctz_64.
 * expect-stdout: fetch_add 40 -> 42
 * expect-stdout: cas hit 42 -> 100
 * expect-stdout: cas miss 5 -> 5
 * expect-stdout: cas_p 1 1
 * expect-stdout: ctz 0 7 63
 */
#include <stdio.h>

static inline int a_ll(volatile int *p)
{
	int v;
	__asm__ __volatile__ ("ldaxr %w0,%1" : "=r"(v) : "Q"(*p));
	return v;
}

static inline int a_sc(volatile int *p, int v)
{
	int r;
	__asm__ __volatile__ ("stlxr %w0,%w2,%1" : "=&r"(r), "=Q"(*p) : "r"(v) : "memory");
	return !r;
}

static inline void a_barrier(void)
{
	__asm__ __volatile__ ("dmb ish" : : : "memory");
}

static inline int a_cas(volatile int *p, int t, int s)
{
	int old;
	__asm__ __volatile__(
		"	dmb ish\n"
		"1:	ldxr %w0,%3\n"
		"	cmp %w0,%w1\n"
		"	b.ne 1f\n"
		"	stxr %w0,%w2,%3\n"
		"	cbnz %w0,1b\n"
		"	mov %w0,%w1\n"
		"1:	dmb ish\n"
		: "=&r"(old)
		: "r"(t), "r"(s), "Q"(*p)
		: "memory", "cc");
	return old;
}

static inline void *a_cas_p(volatile void *p, void *t, void *s)
{
	void *old;
	__asm__ __volatile__(
		"	dmb ish\n"
		"1:	ldxr %0,%3\n"
		"	cmp %0,%1\n"
		"	b.ne 1f\n"
		"	stxr %w0,%2,%3\n"
		"	cbnz %w0,1b\n"
		"	mov %0,%1\n"
		"1:	dmb ish\n"
		: "=&r"(old)
		: "r"(t), "r"(s), "Q"(*(void *volatile *)p)
		: "memory", "cc");
	return old;
}

static int fetch_add(volatile int *p, int v)
{
	int old;
	do old = a_ll(p);
	while (!a_sc(p, old + v));
	a_barrier();
	return old;
}

static int a_ctz_64(unsigned long x)
{
	__asm__("rbit %0, %1 ; clz %0, %0" : "=r"(x) : "r"(x));
	return x;
}

static int counter = 40;

int main(void)
{
	volatile int local = 5;
	int x, old1, old2, old3;
	void *ptr = &x, *q = 0;

	old1 = fetch_add(&counter, 2);
	printf("fetch_add %d -> %d\n", old1, counter);
	old2 = a_cas(&counter, 42, 100);
	printf("cas hit %d -> %d\n", old2, counter);
	old3 = a_cas(&local, 4, 9);
	printf("cas miss %d -> %d\n", old3, local);
	printf("cas_p %d %d\n", a_cas_p(&q, 0, ptr) == 0, q == ptr);
	printf("ctz %d %d %d\n", a_ctz_64(1), a_ctz_64(0x80), a_ctz_64(1UL << 63));
	return 0;
}

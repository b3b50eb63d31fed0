/* The thread pointer, as musl's arch/aarch64/pthread_arch.h reads it
   (mrs %0,tpidr_el0), set first with msr through an "r" input and read
   back; then an "i" operand and a "+r" operand.
 * expect-stdout: tp set
 * expect-stdout: add 42
 */
#include <stdio.h>

static unsigned long get_tp(void)
{
	unsigned long tp;
	__asm__ ("mrs %0,tpidr_el0" : "=r"(tp));
	return tp;
}

int main(void)
{
	static long area[4];
	unsigned long old = get_tp(), v = 3;
	int set;
	__asm__ __volatile__ ("msr tpidr_el0,%0" : : "r"(area) : "memory");
	set = get_tp() == (unsigned long)area;
	__asm__ __volatile__ ("msr tpidr_el0,%0" : : "r"(old) : "memory");
	printf("tp %s\n", set ? "set" : "wrong");
	__asm__ ("add %0, %0, %1" : "+r"(v) : "i"(39));
	printf("add %lu\n", v);
	return 0;
}

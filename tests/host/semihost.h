/* semihost(op, block): an Arm semihosting call (hlt #0xf000), and len(s),
 * for the sandbox tests' programs: escape.c from user mode, escape_kernel.c
 * as a kernel. */
static long semihost(long op, long *block)
{
	register long x0 __asm__("x0") = op;
	register long x1 __asm__("x1") = (long)block;

	__asm__ volatile("hlt #0xf000" : "+r"(x0) : "r"(x1) : "memory");
	return x0;
}

static long len(const char *s)
{
	long n = 0;

	while (s[n])
		n++;
	return n;
}

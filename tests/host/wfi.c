/* wfi: writes before.txt, then waits for an interrupt forever. Built static
 * with no libc. On the seed kernel the run's deadline still stops it and
 * brings before.txt back. */
static long sys(long n, long a, long b, long c, long d)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0") = a;
	register long x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;
	register long x3 __asm__("x3") = d;

	__asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3) : "memory");
	return x0;
}

void _start(void)
{
	long fd = sys(56, -100, (long)"before.txt", 01 | 0100 | 01000, 0644);

	sys(64, fd, (long)"made before\n", 12, 0);
	sys(57, fd, 0, 0, 0);
	for (;;)
		__asm__ volatile("wfi");
}

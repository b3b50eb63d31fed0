/* expect-error: asm_errors_lit.c:6: error: ldr: =value only in an assembly file, not in inline asm */
/* ldr's literal pool is placed at the end of an assembly file: inline asm has none. */
long f(void)
{
	long x;
	__asm__ ("ldr %0, =0x123456789" : "=r"(x));
	return x;
}

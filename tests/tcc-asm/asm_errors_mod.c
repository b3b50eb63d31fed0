/* expect-error: asm_errors_mod.c:5: error: asm operand modifier 'd' does not fit a general register */
/* A floating-point register's modifier on a general register operand. */
long f(long x)
{
	__asm__ ("add %d0, %d0, #1" : "+r"(x));
	return x;
}

/* expect-error: asm_errors.c:5: error: clobbering 'x19' is not supported: only x0-x18 and x30 */
/* An inline asm that clobbers a callee-saved register, which tcc would have to save. */
void f(void)
{
	__asm__ __volatile__ ("mov x19, #1" : : : "x19");
}

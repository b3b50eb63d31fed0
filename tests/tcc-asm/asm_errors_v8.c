/* expect-error: asm_errors_v8.c:5: error: clobbering 'v8' is not supported: only v0-v7 and v16-v31 */
/* An inline asm that clobbers v8, whose low half is callee-saved. */
void f(void)
{
	__asm__ __volatile__ ("fmov d8, xzr" : : : "v8");
}

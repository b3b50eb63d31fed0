/* expect-error: asm_errors_w.c:7: error: asm operand '=w' is not a float or a double */
/* A "w" operand that does not fit a floating-point register. */
struct pair { double a, b; };
void f(struct pair *p)
{
	__asm__ ("fmov %d0, xzr"
		 : "=w"(*p));
}

/* Narrow arguments to a variadic function undergo the default argument
 * promotions: char, short and _Bool become int (sign- or zero-extended as
 * their type says), float becomes double. Past the eight integer or
 * floating registers they go on the stack as promoted 8-byte values, where
 * a callee reading an int must find the extended value. */
#include <stdio.h>
#include <stdarg.h>

static void show_ints(int n, ...)
{
	va_list ap;
	int i;
	va_start(ap, n);
	printf("ints:");
	for (i = 0; i < n; i++)
		printf(" %d", va_arg(ap, int));
	printf("\n");
	va_end(ap);
}

/* Each promoted int read back as the unsigned int the callee expects. */
static void show_uints(int n, ...)
{
	va_list ap;
	int i;
	va_start(ap, n);
	printf("uints:");
	for (i = 0; i < n; i++)
		printf(" %x", va_arg(ap, unsigned));
	printf("\n");
	va_end(ap);
}

static void show_doubles(int n, ...)
{
	va_list ap;
	int i;
	va_start(ap, n);
	printf("doubles:");
	for (i = 0; i < n; i++)
		printf(" %.9g", va_arg(ap, double));
	printf("\n");
	va_end(ap);
}

int main(void)
{
	signed char sc = -5;
	short s = -8;
	unsigned char uc = 250;
	unsigned short us = 65000;
	_Bool b = 1;
	char c = 'A';
	float f = 0.1f;
	volatile short vs = -32768;
	volatile signed char vsc = -128;

	/* The known case: (short)-8 and (signed char)-5 on the stack. */
	printf("%d %d %d %d %d %d %d %d %d\n", 1, 2, 3, 4, 5, 6, 7, (short)-8, (signed char)-5);
	/* The same values in registers. */
	printf("%d %d %d %d\n", (short)-8, (signed char)-5, s, sc);
	/* Variables rather than casts of constants, all on the stack. */
	printf("%d %d %d %d %d %d %d | %d %d %d %d %d %d %d %d\n", 1, 2, 3, 4, 5, 6, 7,
	       s, sc, uc, us, b, c, vs, vsc);
	/* Narrow arithmetic results. */
	printf("%d %d %d\n", (short)(s * 4096), (signed char)(sc * 30), (unsigned char)(sc * 30));
	/* Floats past the floating registers, and a float among them. */
	printf("%g %g %g %g %g %g %g %g %.9g %.9g %.9g\n", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0,
	       7.0, 8.0, f, (float)1e-40, -f);
	printf("%.9g %.9g\n", f, (float)16777217);
	show_ints(12, 1, 2, 3, 4, 5, 6, (short)-8, (signed char)-5, s, sc, uc, (short)-1);
	show_uints(10, 1, 2, 3, 4, 5, 6, 7, (short)-1, (signed char)-1, (unsigned short)-1);
	show_doubles(11, 1.0, 2.0f, 3.0, 4.0f, 5.0, 6.0f, 7.0, 8.0f, f, 1e-45f, -0.0f);
	return 0;
}

/* A user variadic function reading every kind of argument with va_arg:
 * int, unsigned, long, long long, pointer, double, long double, small and
 * large structs, float aggregates; enough of them that each class runs out
 * of registers and va_arg continues on the stack. An argument that needs
 * two registers when one is left goes on the stack, and so does every
 * later argument of its class (va_arg must not go back to the register
 * left over). va_copy makes an independent cursor; a va_list passed to
 * another function is consumed there. */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

struct small { char c; short s; };		/* 4 bytes: one register */
struct pair { long a, b; };			/* 16 bytes: two registers */
struct big { long a, b, c; };			/* 24 bytes: by reference */
struct hfa2 { double x, y; };			/* two floating registers */
struct hfa3f { float x, y, z; };		/* three floating registers */

static void walk(const char *fmt, ...)
{
	va_list ap, again;
	const char *p;
	int pass;

	va_start(ap, fmt);
	va_copy(again, ap);
	for (pass = 0; pass < 2; pass++) {
		va_list *v = pass ? &again : &ap;
		printf("pass %d:", pass);
		for (p = fmt; *p; p++) {
			switch (*p) {
			case 'i': printf(" i%d", va_arg(*v, int)); break;
			case 'u': printf(" u%u", va_arg(*v, unsigned)); break;
			case 'l': printf(" l%ld", va_arg(*v, long)); break;
			case 'q': printf(" q%lld", va_arg(*v, long long)); break;
			case 'p': printf(" p%s", va_arg(*v, char *)); break;
			case 'd': printf(" d%.17g", va_arg(*v, double)); break;
			case 'L': printf(" L%.36Lg", va_arg(*v, long double)); break;
			case 's': {
				struct small s = va_arg(*v, struct small);
				printf(" s{%d,%d}", s.c, s.s);
				break;
			}
			case 'P': {
				struct pair s = va_arg(*v, struct pair);
				printf(" P{%ld,%ld}", s.a, s.b);
				break;
			}
			case 'B': {
				struct big s = va_arg(*v, struct big);
				printf(" B{%ld,%ld,%ld}", s.a, s.b, s.c);
				break;
			}
			case 'H': {
				struct hfa2 s = va_arg(*v, struct hfa2);
				printf(" H{%g,%g}", s.x, s.y);
				break;
			}
			case 'F': {
				struct hfa3f s = va_arg(*v, struct hfa3f);
				printf(" F{%g,%g,%g}", s.x, s.y, s.z);
				break;
			}
			}
		}
		printf("\n");
	}
	va_end(again);
	va_end(ap);
}

/* A va_list handed down: the callee consumes it, the caller goes on with
 * a copy taken before. */
static int sum_list(int n, va_list ap)
{
	int s = 0;
	while (n-- > 0)
		s += va_arg(ap, int);
	return s;
}

static void handed(int n, ...)
{
	va_list ap, copy;
	char buf[64];
	va_start(ap, n);
	va_copy(copy, ap);
	printf("handed: sum %d", sum_list(n, ap));
	va_end(ap);
	printf(", first again %d", va_arg(copy, int));
	printf(", second again %d\n", va_arg(copy, int));
	va_end(copy);
	va_start(ap, n);
	vsnprintf(buf, sizeof buf, "%d-%d-%d", ap);
	va_end(ap);
	printf("handed vsnprintf: %s\n", buf);
}

/* va_start twice in one call. */
static long twice(int n, ...)
{
	va_list ap;
	long s = 0;
	int i;
	for (i = 0; i < 2; i++) {
		int k;
		va_start(ap, n);
		for (k = 0; k < n; k++)
			s = s * 10 + va_arg(ap, long);
		va_end(ap);
	}
	return s;
}

/* The last named parameter a double: the variadic ones start after it. */
static double after_double(double first, ...)
{
	va_list ap;
	double d;
	double s = first;
	va_start(ap, first);
	while ((d = va_arg(ap, double)) != 0)
		s = s * 2 + d;
	va_end(ap);
	return s;
}

/* Nine fixed integer parameters: every variadic argument is on the stack. */
static void all_stack(int a, int b, int c, int d, int e, int f, int g, int h, int i, ...)
{
	va_list ap;
	va_start(ap, i);
	printf("all_stack: %d |", a + b + c + d + e + f + g + h + i);
	printf(" %d", va_arg(ap, int));
	printf(" %.17g", va_arg(ap, double));
	printf(" %lld", va_arg(ap, long long));
	{
		struct small s = va_arg(ap, struct small);
		printf(" s{%d,%d}", s.c, s.s);
	}
	printf(" %.36Lg\n", va_arg(ap, long double));
	va_end(ap);
}

int main(void)
{
	struct small s1 = { -3, 1234 }, s2 = { 100, -32000 };
	struct pair p1 = { 1L << 40, -7 };
	struct big b1 = { 11, 22, 33 }, b2 = { -1, -2, -3 };
	struct hfa2 h1 = { 0.5, -0.25 };
	struct hfa3f f1 = { 1.5f, 2.5f, 3.5f };

	walk("iulqpd", -1, 4000000000u, -5000000000L, 1LL << 62, "str", 0.1);
	walk("LdLdLdLdLdL", 1.0L / 3, 1.0 / 3, 2.0L / 3, 2.0 / 3, 0.1L, 0.1, 1e4000L,
	     1e300, -0.0L, -2.5, 3.0L);
	walk("sPBHF", s1, p1, b1, h1, f1);
	walk("iiiiiiiisPBHFiiiidddddddddH", 1, 2, 3, 4, 5, 6, 7, 8, s2, p1, b2, h1, f1,
	     9, 10, 11, 12, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, h1);
	walk("HHHHF", h1, h1, h1, h1, f1);
	/* A struct needing two registers when one is left goes on the stack,
	 * and so does every later argument of its class. */
	walk("PPPPPi", p1, p1, p1, p1, p1, 99);
	walk("iiiiiiPi", 1, 2, 3, 4, 5, 6, p1, 77);
	walk("dddddddHd", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, h1, 8.0);
	walk("ddddddFd", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, f1, 77.0);
	handed(5, 10, 20, 30, 40, 50);
	printf("twice: %ld\n", twice(3, 1L, 2L, 3L));
	printf("after_double: %g\n", after_double(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0,
						   8.0, 9.0, 10.0, 0.0));
	all_stack(1, 2, 3, 4, 5, 6, 7, 8, 9, -42, 2.5, -1LL, s1, 1.0L / 7);
	return 0;
}

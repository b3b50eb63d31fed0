/* C11 _Generic: selection by the controlling expression's type after
 * lvalue conversion (qualifiers dropped, arrays decay to pointers, char
 * distinct from signed and unsigned char), a default association, and a
 * type-generic macro in the style of <tgmath.h>. */
#include <stdio.h>

#define TYPE(x) _Generic((x), \
	_Bool: "_Bool", char: "char", signed char: "signed char", \
	unsigned char: "unsigned char", short: "short", unsigned short: "unsigned short", \
	int: "int", unsigned: "unsigned", long: "long", unsigned long: "unsigned long", \
	long long: "long long", unsigned long long: "unsigned long long", \
	float: "float", double: "double", long double: "long double", \
	char *: "char *", const char *: "const char *", int *: "int *", \
	default: "other")

static double half_d(double x) { return x / 2; }
static float half_f(float x) { return x / 2; }
static long half_l(long x) { return x / 2; }
#define half(x) _Generic((x), float: half_f, long: half_l, default: half_d)(x)

int main(void)
{
	const int ci = 1;
	char arr[4];
	const char *cp = "x";
	short s = 1;
	struct { int x; } st;
	printf("%s | %s | %s | %s | %s\n", TYPE('a'), TYPE((char)'a'), TYPE(1u), TYPE(2L), TYPE(3ULL));
	printf("%s | %s | %s | %s\n", TYPE(1.0f), TYPE(1.0), TYPE(1.0L), TYPE((_Bool)1));
	printf("%s | %s | %s | %s\n", TYPE(ci), TYPE(arr), TYPE(cp), TYPE(&ci));
	printf("%s | %s | %s | %s\n", TYPE(s), TYPE(s + s), TYPE((unsigned char)1), TYPE(st));
	printf("%g %g %ld %g\n", half(3.0f), half(3.0), half(3L), half(3));
	return 0;
}

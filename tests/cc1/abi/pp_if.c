/* #if arithmetic in intmax_t and uintmax_t: unsigned operands make the
 * whole operation unsigned, so -1 compares above 0u; negative division and
 * shifts; the conditional operator's type; character constants; defined;
 * names that are not macros are 0; short-circuit over a division by zero.
 * And __LINE__: on lines continued by a backslash, in a macro's arguments
 * spread over lines, after #line. */
#include <stdio.h>

#define YES(what) printf("%-36s yes\n", what)
#define NO(what) printf("%-36s no\n", what)

#define NEG (-1)
#define BIG 18446744073709551615u
#define ONE 1
#define EMPTY
#define LINE_OF(x) __LINE__

int main(void)
{
#if -1 < 0u
	YES("-1 < 0u");
#else
	NO("-1 < 0u");
#endif
#if NEG > 0u
	YES("(-1) > 0u");
#else
	NO("(-1) > 0u");
#endif
#if -1 == BIG
	YES("-1 == 18446744073709551615u");
#else
	NO("-1 == 18446744073709551615u");
#endif
#if 0xffffffffffffffff == -1
	YES("0xffffffffffffffff == -1");
#else
	NO("0xffffffffffffffff == -1");
#endif
#if ~0u == 18446744073709551615u
	YES("~0u is uintmax_t's maximum");
#else
	NO("~0u is uintmax_t's maximum");
#endif
#if -7 / 2 == -3 && -7 % 2 == -1
	YES("-7 / 2 == -3, -7 % 2 == -1");
#else
	NO("-7 / 2 == -3, -7 % 2 == -1");
#endif
#if -7 / 2u > 0
	YES("-7 / 2u > 0");
#else
	NO("-7 / 2u > 0");
#endif
#if (-1 >> 1) == -1
	YES("-1 >> 1 == -1");
#else
	NO("-1 >> 1 == -1");
#endif
#if (-1u >> 63) == 1
	YES("-1u >> 63 == 1");
#else
	NO("-1u >> 63 == 1");
#endif
#if (1 ? -1 : 0u) > 0
	YES("(1 ? -1 : 0u) > 0");
#else
	NO("(1 ? -1 : 0u) > 0");
#endif
#if (1 ? -1 : 0) > 0
	YES("(1 ? -1 : 0) > 0");
#else
	NO("(1 ? -1 : 0) > 0");
#endif
#if -9223372036854775807 - 1 < 0
	YES("INTMAX_MIN < 0");
#else
	NO("INTMAX_MIN < 0");
#endif
#if 9223372036854775807 + 0u == 0x7fffffffffffffff
	YES("INTMAX_MAX + 0u");
#else
	NO("INTMAX_MAX + 0u");
#endif
#if 0 && (1 / 0)
	YES("0 && 1 / 0");
#else
	NO("0 && 1 / 0");
#endif
#if 1 || (1 / 0)
	YES("1 || 1 / 0");
#else
	NO("1 || 1 / 0");
#endif
#if 'a' == 97 && '\n' == 10 && '\377' == 255 && '\0' == 0
	YES("'a' '\\n' '\\377' (char unsigned)");
#else
	NO("'a' '\\n' '\\377' (char unsigned)");
#endif
#if defined ONE + defined(NEG) + defined UNDEFINED == 2
	YES("defined counts 2");
#else
	NO("defined counts 2");
#endif
#if UNDEFINED == 0 && !UNDEFINED && UNDEFINED + 1 == 1
	YES("an undefined name is 0");
#else
	NO("an undefined name is 0");
#endif
#if ONE EMPTY + ONE == 2
	YES("ONE EMPTY + ONE == 2");
#else
	NO("ONE EMPTY + ONE == 2");
#endif
#if (2 || 3) == 1 && (0 ? 5 : 6) == 6
	YES("|| is 1, ?: works");
#else
	NO("|| is 1, ?: works");
#endif
#if 1 - 2 - 3 == -4 && 2 * 3 % 4 == 2 && 1 << 2 + 1 == 8
	YES("associativity and precedence");
#else
	NO("associativity and precedence");
#endif
#if 0x10 == 16 && 010 == 8 && 1000000000000LL == 1000000000000 && 10ul == 10
	YES("bases and suffixes");
#else
	NO("bases and suffixes");
#endif
	printf("line %d\n", __LINE__);
	printf("continued %d %d\n", __LINE__, \
	       __LINE__);
	printf("contin\
ued inside a name %d\n", __LI\
NE__);
	printf("arguments over lines %d\n", LINE_OF(
		1
		+
		2));
	printf("macro over lines %d %d\n", __LINE__, LINE_OF(
		x));
#line 1000
	printf("after #line 1000: %d\n", __LINE__);
	printf("continued %d \
%d\n", __LINE__, __LINE__);
#line 77 "renamed.c"
	printf("%s %d\n", __FILE__, __LINE__);
	return 0;
}

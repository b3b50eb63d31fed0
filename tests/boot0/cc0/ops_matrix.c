/* ops_matrix: each binary and unary operator, and each compound
 * assignment, for every pair of integer types, over values at the edges
 * of every width: the usual arithmetic conversions, the widths results
 * wrap at, signed and unsigned division, shifts and comparisons. The
 * operations are in inc/ops_pair.h, included once per pair of types. */
#include "t.h"

static const long vals[] = {
	0, 1, -1, 2, 7, -7, 100, 127, 128, -128, 255, 256, 32767, -32768,
	65535, 65536, 2147483647, -2147483647 - 1, 4294967295, 4294967296,
	9223372036854775807, -9223372036854775807 - 1, 0x123456789abcdef,
	-1000000007,
};
#define NVALS 24

static unsigned long h;

/* mix(v): v into the hash */
static void mix(long v)
{
	h = h * 1000003 + (unsigned long)v;
}

#define TA char
#define TB char
#define FN f_char_char
#define NAME "char char"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA char
#define TB signed char
#define FN f_char_schar
#define NAME "char schar"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA char
#define TB short
#define FN f_char_short
#define NAME "char short"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA char
#define TB unsigned short
#define FN f_char_ushort
#define NAME "char ushort"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA char
#define TB int
#define FN f_char_int
#define NAME "char int"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA char
#define TB unsigned
#define FN f_char_uint
#define NAME "char uint"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA char
#define TB long
#define FN f_char_long
#define NAME "char long"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA char
#define TB unsigned long
#define FN f_char_ulong
#define NAME "char ulong"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA signed char
#define TB char
#define FN f_schar_char
#define NAME "schar char"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA signed char
#define TB signed char
#define FN f_schar_schar
#define NAME "schar schar"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA signed char
#define TB short
#define FN f_schar_short
#define NAME "schar short"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA signed char
#define TB unsigned short
#define FN f_schar_ushort
#define NAME "schar ushort"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA signed char
#define TB int
#define FN f_schar_int
#define NAME "schar int"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA signed char
#define TB unsigned
#define FN f_schar_uint
#define NAME "schar uint"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA signed char
#define TB long
#define FN f_schar_long
#define NAME "schar long"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA signed char
#define TB unsigned long
#define FN f_schar_ulong
#define NAME "schar ulong"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA short
#define TB char
#define FN f_short_char
#define NAME "short char"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA short
#define TB signed char
#define FN f_short_schar
#define NAME "short schar"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA short
#define TB short
#define FN f_short_short
#define NAME "short short"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA short
#define TB unsigned short
#define FN f_short_ushort
#define NAME "short ushort"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA short
#define TB int
#define FN f_short_int
#define NAME "short int"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA short
#define TB unsigned
#define FN f_short_uint
#define NAME "short uint"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA short
#define TB long
#define FN f_short_long
#define NAME "short long"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA short
#define TB unsigned long
#define FN f_short_ulong
#define NAME "short ulong"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned short
#define TB char
#define FN f_ushort_char
#define NAME "ushort char"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned short
#define TB signed char
#define FN f_ushort_schar
#define NAME "ushort schar"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned short
#define TB short
#define FN f_ushort_short
#define NAME "ushort short"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned short
#define TB unsigned short
#define FN f_ushort_ushort
#define NAME "ushort ushort"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned short
#define TB int
#define FN f_ushort_int
#define NAME "ushort int"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned short
#define TB unsigned
#define FN f_ushort_uint
#define NAME "ushort uint"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned short
#define TB long
#define FN f_ushort_long
#define NAME "ushort long"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned short
#define TB unsigned long
#define FN f_ushort_ulong
#define NAME "ushort ulong"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA int
#define TB char
#define FN f_int_char
#define NAME "int char"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA int
#define TB signed char
#define FN f_int_schar
#define NAME "int schar"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA int
#define TB short
#define FN f_int_short
#define NAME "int short"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA int
#define TB unsigned short
#define FN f_int_ushort
#define NAME "int ushort"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA int
#define TB int
#define FN f_int_int
#define NAME "int int"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA int
#define TB unsigned
#define FN f_int_uint
#define NAME "int uint"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA int
#define TB long
#define FN f_int_long
#define NAME "int long"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA int
#define TB unsigned long
#define FN f_int_ulong
#define NAME "int ulong"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned
#define TB char
#define FN f_uint_char
#define NAME "uint char"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned
#define TB signed char
#define FN f_uint_schar
#define NAME "uint schar"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned
#define TB short
#define FN f_uint_short
#define NAME "uint short"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned
#define TB unsigned short
#define FN f_uint_ushort
#define NAME "uint ushort"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned
#define TB int
#define FN f_uint_int
#define NAME "uint int"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned
#define TB unsigned
#define FN f_uint_uint
#define NAME "uint uint"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned
#define TB long
#define FN f_uint_long
#define NAME "uint long"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned
#define TB unsigned long
#define FN f_uint_ulong
#define NAME "uint ulong"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA long
#define TB char
#define FN f_long_char
#define NAME "long char"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA long
#define TB signed char
#define FN f_long_schar
#define NAME "long schar"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA long
#define TB short
#define FN f_long_short
#define NAME "long short"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA long
#define TB unsigned short
#define FN f_long_ushort
#define NAME "long ushort"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA long
#define TB int
#define FN f_long_int
#define NAME "long int"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA long
#define TB unsigned
#define FN f_long_uint
#define NAME "long uint"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA long
#define TB long
#define FN f_long_long
#define NAME "long long"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA long
#define TB unsigned long
#define FN f_long_ulong
#define NAME "long ulong"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned long
#define TB char
#define FN f_ulong_char
#define NAME "ulong char"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned long
#define TB signed char
#define FN f_ulong_schar
#define NAME "ulong schar"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned long
#define TB short
#define FN f_ulong_short
#define NAME "ulong short"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned long
#define TB unsigned short
#define FN f_ulong_ushort
#define NAME "ulong ushort"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned long
#define TB int
#define FN f_ulong_int
#define NAME "ulong int"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned long
#define TB unsigned
#define FN f_ulong_uint
#define NAME "ulong uint"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned long
#define TB long
#define FN f_ulong_long
#define NAME "ulong long"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

#define TA unsigned long
#define TB unsigned long
#define FN f_ulong_ulong
#define NAME "ulong ulong"
#include "ops_pair.h"
#undef TA
#undef TB
#undef FN
#undef NAME

int main(void)
{
	f_char_char();
	f_char_schar();
	f_char_short();
	f_char_ushort();
	f_char_int();
	f_char_uint();
	f_char_long();
	f_char_ulong();
	f_schar_char();
	f_schar_schar();
	f_schar_short();
	f_schar_ushort();
	f_schar_int();
	f_schar_uint();
	f_schar_long();
	f_schar_ulong();
	f_short_char();
	f_short_schar();
	f_short_short();
	f_short_ushort();
	f_short_int();
	f_short_uint();
	f_short_long();
	f_short_ulong();
	f_ushort_char();
	f_ushort_schar();
	f_ushort_short();
	f_ushort_ushort();
	f_ushort_int();
	f_ushort_uint();
	f_ushort_long();
	f_ushort_ulong();
	f_int_char();
	f_int_schar();
	f_int_short();
	f_int_ushort();
	f_int_int();
	f_int_uint();
	f_int_long();
	f_int_ulong();
	f_uint_char();
	f_uint_schar();
	f_uint_short();
	f_uint_ushort();
	f_uint_int();
	f_uint_uint();
	f_uint_long();
	f_uint_ulong();
	f_long_char();
	f_long_schar();
	f_long_short();
	f_long_ushort();
	f_long_int();
	f_long_uint();
	f_long_long();
	f_long_ulong();
	f_ulong_char();
	f_ulong_schar();
	f_ulong_short();
	f_ulong_ushort();
	f_ulong_int();
	f_ulong_uint();
	f_ulong_long();
	f_ulong_ulong();
	return 0;
}

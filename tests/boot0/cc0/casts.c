/* casts: explicit casts between all integer widths, to and from
 * pointers, to void, of constants and of expressions */
#include "t.h"

int main(void)
{
	long v = 0x1234567890abcdefL;
	long n = -2;
	char *p = (char *)0x1000;
	say("char", (char)v);
	say("schar", (signed char)v);
	say("short", (short)v);
	say("ushort", (unsigned short)v);
	say("int", (int)v);
	sayu("uint", (unsigned)v);
	say("n_char", (char)n);
	say("n_schar", (signed char)n);
	say("n_short", (short)n);
	say("n_ushort", (unsigned short)n);
	sayu("n_uint", (unsigned int)n);
	sayu("n_ulong", (unsigned long)n);
	say("nested", (int)(char)(short)-1);
	say("nested2", (short)(char)-1);
	say("ptr_long", (long)(p + 3));
	say("long_ptr", *(char *)&v);
	say("int_ptr", *(int *)&v == (int)v);
	say("ptr_cmp", (unsigned long)(p - 0x800) < (unsigned long)p);
	(void)v;
	say("const_cast", (unsigned char)-1 + (signed char)0x80);
	say("expr_cast", (char)(v >> 8));
	say("bool_like", !!(char)256);
	return 0;
}

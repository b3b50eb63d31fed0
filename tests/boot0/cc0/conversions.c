/* conversions: the usual arithmetic conversions and casts between the
 * integer types: sign and zero extension, truncation */
#include "t.h"

int main(void)
{
	int i = -1;
	unsigned u = 1;
	long l = -1;
	unsigned long ul = 1;
	signed char sc = -5;
	unsigned char uc = 251;
	short s = -2;
	say("int_lt_uns", i < u);
	say("long_lt_uns", l < u);
	say("long_lt_ulong", l < ul);
	say("int_lt_long", i < l + 2);
	sayu("int_plus_uns", i + u);
	say("long_plus_uns", l + u);
	sayu("int_to_ulong", (unsigned long)i);
	sayu("uns_to_ulong", (unsigned long)(unsigned)i);
	say("uns_to_long", (long)(unsigned)i);
	say("trunc_int", (int)0x123456789L);
	say("trunc_short", (short)0x18765);
	say("trunc_schar", (signed char)0x1ff);
	say("trunc_char", (char)0x1ff);
	say("trunc_ushort", (unsigned short)-1);
	say("sc_to_uns_lt", sc < u);
	say("uc_vs_sc", uc == sc);
	say("uc_vs_sc_char", (signed char)uc == sc);
	say("s_to_uns", (unsigned)s);
	say("s_to_ulong_hi", (unsigned long)s >> 60);
	say("neg_div_uns", -6 / (unsigned)2 > 100);
	say("mul_mixed", sc * uc);
	say("shift_uns_count", 1 << u);
	sayu("shift_type", (unsigned)1 << 31);
	say("long_shift", 1L << 40 >> 38);
	say("char_sum", (char)200 + (char)100);
	say("cond_mix", 1 ? -1 : 1u);
	sayu("cond_mix_u", 1 ? -1 : 1u);
	say("assign_trunc", (s = 70000));
	say("ptr_long", (long)(char *)1000 + 1);
	say("void_cast", ((void)0, 5));
	return 0;
}

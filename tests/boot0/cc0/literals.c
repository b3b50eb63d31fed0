/* literals: decimal, octal and hex constants, their suffixes and the
 * type each gets (int, unsigned, long, unsigned long) */
#include "t.h"

int main(void)
{
	say("dec", 123456);
	say("oct", 0777);
	say("oct0", 0);
	say("hex", 0xABCdef);
	say("sz_int", sizeof(2147483647));
	say("sz_dec_long", sizeof(2147483648));
	say("sz_hex_uns", sizeof(0xffffffff));
	say("sz_hex_long", sizeof(0x100000000));
	say("sz_u", sizeof(1u));
	say("sz_l", sizeof(1l));
	say("sz_ul", sizeof(1UL) + sizeof(1LU) + sizeof(1ull) + sizeof(1LL));
	say("hex_uns", 0xffffffff > 0);
	say("hex_uns2", 0xffffffff + 1);
	say("dec_long", 4294967295 + 1);
	say("oct_uns", 037777777777 + 1);
	sayu("ul_max", 18446744073709551615UL);
	sayu("hex_ul", 0xffffffffffffffff);
	say("neg_lit", -2147483648);
	say("sz_neg", sizeof(-2147483648));
	say("u_suffix", -1u > 0);
	say("char_lit_type", sizeof('a'));
	return 0;
}

/* arith_narrow: char (unsigned on aarch64), signed char, short and
 * unsigned short: promotion to int, truncation when stored */
#include "t.h"

char c;
signed char sc;
short s;
unsigned short us;

int main(void)
{
	unsigned char uc = 200;
	c = 250;
	sc = -100;
	s = -30000;
	us = 60000;
	say("c", c);
	say("sc", sc);
	say("s", s);
	say("us", us);
	say("uc", uc);
	say("c+c", c + c);
	say("sc*sc", sc * sc);
	say("s+s", s + s);
	say("us*us", us * us);
	c = c + 10;
	say("c_wrap", c);
	sc = sc - 100;
	say("sc_wrap", sc);
	s = s - 10000;
	say("s_wrap", s);
	us = us + 10000;
	say("us_wrap", us);
	c = -1;
	say("c_neg", c);
	sc = 255;
	say("sc_255", sc);
	s = 65535;
	say("s_65535", s);
	say("cmp_char", c > 0);
	say("cmp_schar", sc < 0);
	say("shift_char", c << 4);
	say("not_char", ~c);
	say("neg_char", -c);
	say("div_sc", sc / 2);
	say("rem_s", s % 7);
	say("sizes", sizeof(char) * 1000 + sizeof(short) * 100 + sizeof(int) * 10 + sizeof(long));
	say("sizes2", sizeof c + sizeof s + sizeof sc + sizeof us);
	uc = 255;
	uc++;
	say("uc_inc", uc);
	sc = 127;
	sc++;
	say("sc_inc", sc);
	s = 32767;
	++s;
	say("s_inc", s);
	us = 0;
	us--;
	say("us_dec", us);
	return c == 255 ? 3 : 4;
}

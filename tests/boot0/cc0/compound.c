/* compound: every compound assignment at each width, its value, and the
 * conversions back to the left side's type */
#include "t.h"

int main(void)
{
	int i = 100;
	unsigned u = 100;
	long l = 100;
	char c = 100;
	short s = 100;
	signed char sc = 100;
	unsigned short us = 100;
	int *p;
	int arr[10];
	say("i+=", i += 5);
	say("i-=", i -= 200);
	say("i*=", i *= 3);
	say("i/=", i /= 7);
	say("i%=", i %= 5);
	say("i<<=", i <<= 4);
	say("i>>=", i >>= 2);
	say("i&=", i &= 0xff);
	say("i|=", i |= 0x100);
	say("i^=", i ^= 0x55);
	sayu("u-=", u -= 200);
	sayu("u/=", u /= 3);
	sayu("u>>=", u >>= 4);
	sayu("u%=", u %= 1000);
	say("l*=", l *= 100000000000L);
	say("l>>=", l >>= 3);
	say("c+=", c += 200);
	say("c*=", c *= 3);
	say("c-=", c -= 250);
	say("s*=", s *= 1000);
	say("s<<=", s <<= 2);
	say("sc+=", sc += 100);
	say("sc/=", sc /= 3);
	say("us-=", us -= 200);
	say("i/=u", (i = -8, i /= 2u));
	say("i+=l", i += 5000000000L);
	say("c/=neg", (c = 200, c /= -2));
	say("sc>>=", (sc = -128, sc >>= 1));
	p = arr;
	p += 3;
	say("p+=", p - arr);
	p -= 2;
	say("p-=", p - arr);
	arr[1] = 10;
	*p += 5;
	arr[2] = 7;
	p[1] *= 6;
	say("arr1", arr[1]);
	say("arr2", arr[2]);
	return 0;
}

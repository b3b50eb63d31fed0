/* switch: fallthrough, default first, middle or missing, nested
 * switches, break and continue around them, negative, large and char
 * cases, case labels inside blocks */
#include "t.h"

static int classify(int c)
{
	int r = 0;
	switch (c) {
	case 'a':
	case 'e':
	case 'i':
		r = 1;
		break;
	default:
		r = 9;
		break;
	case '0':
		r = 2;
	case '1':
		r += 3;
		break;
	case -1:
		return -1;
	}
	return r;
}

static long big(long v)
{
	switch (v) {
	case 0x100000000L: return 1;
	case -0x100000000L: return 2;
	case 9223372036854775807L: return 3;
	}
	return 0;
}

static int nested(int a, int b)
{
	switch (a) {
	case 1:
		switch (b) {
		case 1: return 11;
		case 2: break;
		default: return 19;
		}
		return 12;
	case 2:
		{
			int x = b * 2;
			if (x > 2) {
		case 3:
				return 30 + b;
			}
		}
		return 20;
	}
	return 0;
}

int main(void)
{
	int i, n = 0;
	unsigned char uc = 200;
	say("a", classify('a'));
	say("e", classify('e'));
	say("z", classify('z'));
	say("0", classify('0'));
	say("1", classify('1'));
	say("-1", classify(-1));
	say("big1", big(0x100000000L));
	say("big2", big(-0x100000000L));
	say("big3", big(9223372036854775807L));
	say("big0", big(1));
	say("n11", nested(1, 1));
	say("n12", nested(1, 2));
	say("n19", nested(1, 5));
	say("n20", nested(2, 1));
	say("n2x", nested(2, 5));
	say("n3", nested(3, 7));
	for (i = 0; i < 10; i++) {
		switch (i % 4) {
		case 0:
			continue;
		case 1:
			n += 1;
		case 2:
			n += 10;
			break;
		default:
			n += 100;
		}
		n += 1000;
	}
	say("loop", n);
	switch (uc) {
	case 200:
		say("uc", 200);
		break;
	case -56:
		say("uc", -56);
		break;
	}
	switch (n) {
	}
	switch (n) default: say("only_default", n);
	return 0;
}

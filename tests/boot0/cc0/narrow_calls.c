/* narrow_calls: narrow parameters and return values are converted at
 * the call and the return; through pointers to functions too */
#include "t.h"

static signed char to_schar(int v) { return v; }
static unsigned char to_uchar(long v) { return v; }
static short to_short(long v) { return v; }
static unsigned short to_ushort(int v) { return v; }
static int to_int(long v) { return v; }
static unsigned to_uint(long v) { return v; }
static long widen(signed char a, unsigned char b, short c, unsigned short d, int e, unsigned f)
{
	return a + b + c + d + e + (long)f;
}

static char *name_of(char c)
{
	switch (c) {
	case 'a': return "letter a";
	case 255: return "255";
	}
	return "other";
}

int main(void)
{
	short (*fs)(long) = to_short;
	say("schar", to_schar(200));
	say("uchar", to_uchar(-1));
	say("short", to_short(40000));
	say("ushort", to_ushort(-2));
	say("int", to_int(0x180000000L));
	sayu("uint", to_uint(-1));
	say("widen", widen(-1, -1, -1, -1, -1, -1));
	say("widen2", widen(300, 300, 70000, 70000, 5, 5));
	say("fs", fs(65537));
	say("sum", to_schar(100) + to_schar(100));
	say("cmp", to_uchar(255) > to_schar(-1));
	put_str(name_of('a'));
	put_char(' ');
	put_str(name_of(-1));
	put_char(' ');
	put_str(name_of(1));
	put_char('\n');
	return to_uchar(513);
}

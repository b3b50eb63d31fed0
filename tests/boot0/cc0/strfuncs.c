/* strfuncs: lib0's string and memory functions against their results
 * in the C library */
#include "t.h"

static int sign(int v) { return v < 0 ? -1 : v > 0; }

int main(void)
{
	char buf[64];
	char other[64];
	char *p;
	say("strlen", strlen("hello") + strlen(""));
	say("strcmp", sign(strcmp("abc", "abd")) * 100 + sign(strcmp("b", "a")) * 10 + sign(strcmp("x", "x")));
	say("strcmp_len", sign(strcmp("ab", "abc")) * 10 + sign(strcmp("abc", "ab")));
	say("strcmp_high", sign(strcmp("\xe9", "a")));
	say("strncmp", sign(strncmp("abcx", "abcy", 3)) * 10 + sign(strncmp("abcx", "abcy", 4)));
	say("strncmp0", strncmp("a", "b", 0));
	p = strcpy(buf, "copied");
	put_str(buf);
	put_char('\n');
	say("strcpy_ret", p == buf);
	p = strchr(buf, 'p');
	say("strchr", p - buf);
	say("strchr_nul", strchr(buf, 0) - buf);
	say("strchr_none", strchr(buf, 'z') == 0);
	memset(buf, 'x', 10);
	buf[10] = 0;
	put_str(buf);
	put_char('\n');
	say("memset_ret", memset(other, 0, 64) == other);
	memcpy(other, "0123456789", 10);
	say("memcpy", other[9] + other[10]);
	say("memcmp", sign(memcmp(buf, other, 10)) * 10 + sign(memcmp(other, "0123", 4)));
	say("memcmp_high", sign(memcmp("\x80", "\x01", 1)));
	return 0;
}

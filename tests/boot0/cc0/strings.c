/* strings: escapes in strings and character constants, adjacent
 * strings joined, sizeof of a string, strings as arrays */
#include "t.h"

int main(void)
{
	const char *s = "tab\there\n";
	const char *e = "\a\b\f\v\r\e\\\'\"\?";
	const char *o = "\101\102\0103\x41\x4a\x7e";
	char joined[] = "abc" "def"
		"ghi";
	int i;
	put_str(s);
	for (i = 0; e[i]; i++)
		put_num(e[i]), put_char(' ');
	put_char('\n');
	for (i = 0; i < 7; i++)
		put_num(o[i]), put_char(' ');
	put_char('\n');
	put_str(joined);
	put_char('\n');
	say("sizeof_joined", sizeof joined);
	say("sizeof_lit", sizeof "12345");
	say("index", "xyz"[1]);
	say("chars", 'a' + '\n' * 1000 + '\0');
	say("char_escapes", '\\' * 1000000 + '\'' * 1000 + '"');
	say("hex_char", '\xff');
	say("oct_char", '\377');
	say("oct_char2", '\12');
	say("q", '?');
	say("deref", *"A");
	say("nul", "a\0b"[2]);
	say("sizeof_nul", sizeof "a\0b");
	say("high", "\xe9"[0]);
	put_str("percent % and slash / and // not a comment /* nor this */\n");
	return 0;
}

// strings: escapes in strings and characters, joined constants, a NUL
// inside a string, strings as addresses
// expect status 0
long main()
{
	char *s = "tab\there\n";
	char *q = "quote\" apostrophe' backslash\\ cr\r!\n";
	char *z = "ab\0cd";
	char *j = "joined " "across "
		"lines\n";
	puts(s);
	puts(q);
	puts(j);
	say("nul-len", str_len(z));
	say("after-nul", z[3]);
	say("nl", '\n');
	say("tab", '\t');
	say("cr", '\r');
	say("nul", '\0');
	say("bs", '\\');
	say("ap", '\'');
	say("dq", '"');
	say("dq2", '\"');
	say("A", 'A');
	say("empty", str_len(""));
	say("same", "x" != "x");
	say("index", "hello"[1]);
	return 0;
}

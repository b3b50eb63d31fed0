/* argv: main's argc and argv (the runner passes "a bb ccc"), and the
 * environment pointer's first entries exist */
#include "t.h"

int main(int argc, char **argv)
{
	int i;
	say("argc", argc);
	for (i = 1; i < argc; i++) {
		put_str(argv[i]);
		put_char('\n');
	}
	say("last", argv[argc] == 0);
	say("len", strlen(argv[3]));
	return argc;
}

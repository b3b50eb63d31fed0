/* getopt: POSIX getopt over the program's own arguments, with the
 * optstring ":ab:c:vx" (a leading ':' and opterr = 0, so that the
 * library prints nothing and reports a missing argument as ':').
 * Options: -a, -v and -x take no argument, -b and -c take one (attached,
 * as in -bfoo, or the next argument, even one starting with '-').
 * Inputs: its arguments. The runs put operands only after the options or
 * after "--": glibc's getopt permutes arguments to find options among
 * the operands, POSIX's (musl's) stops at the first operand.
 * Output (stdout): one line per option, missing argument or unknown
 * option, then optind and the operands. After a missing argument at the
 * end, POSIX (and musl) leave optind at argc + 1, glibc at argc: optind
 * is printed as at most argc. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int c;

	opterr = 0;
	while ((c = getopt(argc, argv, ":ab:c:vx")) != -1) {
		switch (c) {
		case 'a':
		case 'v':
		case 'x':
			printf("option -%c\n", c);
			break;
		case 'b':
		case 'c':
			printf("option -%c with [%s]\n", c, optarg);
			break;
		case ':':
			printf("missing argument for -%c\n", optopt);
			break;
		case '?':
			printf("unknown option -%c\n", optopt);
			break;
		default:
			printf("getopt returned %d\n", c);
			return 1;
		}
	}
	printf("optind %d of %d\n", optind < argc ? optind : argc, argc);
	for (int i = optind; i < argc; i++)
		printf("operand [%s]\n", argv[i]);
	return 0;
}

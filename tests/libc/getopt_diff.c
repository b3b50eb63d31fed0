/* getopt on a table of argument vectors, in POSIX mode ('+': options end
 * at the first operand, which glibc would otherwise move), with and
 * without ':' first. Prints every option, argument and the operands. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void run(const char *optstring, char **argv)
{
	int argc = 0, c;

	while (argv[argc])
		argc++;
	optind = 1;
	printf("[%s]", optstring);
	for (int i = 1; i < argc; i++)
		printf(" %s", argv[i]);
	printf(" ->");
	while ((c = getopt(argc, argv, optstring)) != -1)
		printf(" %c%s%s(%c)", c, optarg && strchr("ab", c) ? "=" : "",
		       optarg && strchr("ab", c) ? optarg : "", c == '?' || c == ':' ? optopt : '.');
	printf(" | optind %d:", optind);
	for (int i = optind; i < argc; i++)
		printf(" %s", argv[i]);
	printf("\n");
	fflush(stdout);
}

int main(void)
{
	static char *v[][8] = {
		{ "p", "-x", "-y", "file", NULL },
		{ "p", "-xy", "file", NULL },
		{ "p", "-a", "arg", "-b", "barg", NULL },
		{ "p", "-aarg", "-bbarg", "rest", NULL },
		{ "p", "-xaarg", "--", "-y", NULL },
		{ "p", "-z", "-x", NULL },
		{ "p", "-a", NULL },
		{ "p", "-", "-x", NULL },
		{ "p", "file", "-x", NULL },
		{ "p", "-x", "--", NULL },
		{ "p", NULL },
		{ "p", "-:", NULL },
	};

	for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
		run("+xya:b:", v[i]);
		run("+:xya:b:", v[i]);
	}
	return 0;
}

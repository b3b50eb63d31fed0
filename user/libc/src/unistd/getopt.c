/* getopt, as POSIX has it: options end at the first argument that is not
 * one (no reordering; glibc does the same when optstring starts with '+'
 * or POSIXLY_CORRECT is set), "--" ends them too. A leading ':' in
 * optstring makes a missing argument return ':' without a message. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

char *optarg;
int optind = 1, opterr = 1, optopt;

int getopt(int argc, char *const argv[], const char *optstring)
{
	static int pos; /* within argv[optind], past the '-' */
	const char *spec;
	int quiet, c;

	if (*optstring == '+' || *optstring == '-')
		optstring++;
	quiet = *optstring == ':';
	if (optind == 0) {
		optind = 1;
		pos = 0;
	}
	if (!pos) {
		if (optind >= argc || !argv[optind] || argv[optind][0] != '-' || !argv[optind][1])
			return -1;
		if (!strcmp(argv[optind], "--")) {
			optind++;
			return -1;
		}
		pos = 1;
	}
	c = (unsigned char)argv[optind][pos++];
	spec = c == ':' ? NULL : strchr(optstring, c);
	if (!argv[optind][pos]) {
		optind++;
		pos = 0;
	}
	if (!spec) {
		optopt = c;
		if (opterr && !quiet)
			fprintf(stderr, "%s: invalid option -- '%c'\n", argv[0], c);
		return '?';
	}
	if (spec[1] != ':')
		return c;
	if (pos) {
		optarg = argv[optind++] + pos;
		pos = 0;
	} else if (optind < argc) {
		optarg = argv[optind++];
	} else {
		optopt = c;
		if (quiet)
			return ':';
		if (opterr)
			fprintf(stderr, "%s: option requires an argument -- '%c'\n", argv[0], c);
		return '?';
	}
	return c;
}

/* main.c: cc1's command line.
 *   cc1 [-I DIR] [-isystem DIR] [-D NAME[=VAL]] [-U NAME] -o OUT FILE.c...
 * compiles the files as one program and writes the static executable OUT;
 *   cc1 [options] -E FILE.c
 * writes the preprocessed tokens of one file to stdout. */
#include "cc1.h"

static void usage(void)
{
	die("usage: cc1 [-I DIR] [-isystem DIR] [-D NAME[=VAL]] [-U NAME] (-o OUT | -E) FILE.c...");
}

static void preprocess(char *path)
{
	Buf b;
	Tok *t;
	int first = 1;

	memset(&b, 0, sizeof b);
	pp_begin(path);
	for (;;) {
		t = pp_next();
		if (t->kind == TK_EOF)
			break;
		if ((t->flags & TF_BOL) && !first)
			buf_byte(&b, '\n');
		else if ((t->flags & TF_SPACE) && !first)
			buf_byte(&b, ' ');
		buf_add(&b, t->s, t->len);
		first = 0;
		if (b.len > 65536) {
			write(1, b.p, b.len);
			b.len = 0;
		}
	}
	buf_byte(&b, '\n');
	write(1, b.p, b.len);
}

int main(int argc, char **argv)
{
	char *out = 0;
	char **files = alloc(sizeof(char *) * argc);
	int nfiles = 0, only_pp = 0, i;
	char *a;

	pp_init();
	type_init();
	parse_init();
	for (i = 1; i < argc; i++) {
		a = argv[i];
		if (a[0] != '-') {
			files[nfiles++] = a;
			continue;
		}
		if (streq(a, "-E")) {
			only_pp = 1;
			continue;
		}
		if (a[1] != 'I' && a[1] != 'D' && a[1] != 'U' && a[1] != 'o' && !streq(a, "-isystem"))
			usage();
		if (streq(a, "-isystem") || a[2] == 0) {
			if (++i == argc)
				usage();
		}
		if (streq(a, "-isystem"))
			pp_add_dir(argv[i], 1);
		else if (a[1] == 'I')
			pp_add_dir(a[2] ? a + 2 : argv[i], 0);
		else if (a[1] == 'D')
			pp_define(a[2] ? a + 2 : argv[i]);
		else if (a[1] == 'U')
			pp_undef(a[2] ? a + 2 : argv[i]);
		else
			out = a[2] ? a + 2 : argv[i];
	}
	if (nfiles == 0 || (!out && !only_pp))
		usage();
	if (only_pp) {
		for (i = 0; i < nfiles; i++)
			preprocess(files[i]);
		return 0;
	}
	for (i = 0; i < nfiles; i++) {
		pp_begin(files[i]);
		parse_unit();
	}
	link_write(out);
	return 0;
}

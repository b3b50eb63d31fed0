/* main.c: cc1's command line.
 *   cc1 [-I DIR] [-isystem DIR] [-D NAME[=VAL]] [-U NAME] -o OUT FILE.c...
 * compiles the files as one program and writes the static executable OUT;
 *   cc1 [options] -E FILE.c
 * writes the preprocessed tokens of one file to stdout. An argument
 * @LIST stands for the file names in LIST, separated by white space (the
 * chain's libc-sources: one name a line). */
#include "cc1.h"

static void usage(void)
{
	die("usage: cc1 [-I DIR] [-isystem DIR] [-D NAME[=VAL]] [-U NAME] (-o OUT | -E) FILE.c...");
}

static void preprocess(char *path)
{
	Buf b = {0};
	Tok *t;
	int first = 1;

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

static char **files;
static int nfiles;

static void add_file(char *name)
{
	if ((nfiles & (nfiles - 1)) == 0)
		files = grow(files, nfiles, nfiles + 1, sizeof(char *));
	files[nfiles++] = name;
}

/* the file names in the file at path, in order, added to files */
static void add_list(char *path)
{
	long len, i = 0, start;
	char *s = read_file(path, &len);

	if (!s)
		die(cat(path, ": cannot open"));
	for (;;) {
		while (i < len && s[i] <= ' ')
			i++;
		if (i == len)
			return;
		start = i;
		while (i < len && s[i] > ' ')
			i++;
		add_file(dupn(s + start, i - start));
	}
}

int main(int argc, char **argv)
{
	char *out = 0;
	int only_pp = 0, i;
	char *a;

	pp_init();
	type_init();
	parse_init();
	for (i = 1; i < argc; i++) {
		a = argv[i];
		if (a[0] == '@') {
			add_list(a + 1);
			continue;
		}
		if (a[0] != '-') {
			add_file(a);
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

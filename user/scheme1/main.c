/* scheme1 FILE [ARGS...]: evaluate the prelude (compiled into the binary
 * from prelude.scm, see embed.c), then every form of FILE in order. */
#include <stdio.h>
#include <stdlib.h>
#include "scheme1.h"

extern const unsigned char prelude_scm[];
extern const unsigned long prelude_scm_len;
const char prelude_file[] = "prelude.scm";

/* load_source: read, compile and run each form in turn; a first line
 * starting with #! (an executable script) is skipped */
static void load_source(const unsigned char *text, size_t len, const char *file, int skip_line)
{
	struct reader r;
	r.p = text;
	r.end = text + len;
	r.file = file;
	r.line = 1;
	while (skip_line && r.p < r.end && *r.p != '\n')
		r.p++;
	for (;;) {
		obj form;
		struct code *c;
		int line;
		err_file = file;
		err_line = r.line;
		form = read_datum(&r);
		if (form == EOF_OBJ)
			break;
		line = source_line(form);
		c = compile_toplevel(form, file, line > 0 ? line : err_line);
		source_lines_clear();
		vm_run(c);
	}
}

/* read_file: the whole file, or NULL */
static unsigned char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	unsigned char *p = NULL;
	size_t n = 0, cap = 0, got;
	if (!f)
		return NULL;
	do {
		if (cap - n < 65536) {
			cap = cap ? 2 * cap : 65536;
			p = xrealloc(p, cap);
		}
		got = fread(p + n, 1, cap - n, f);
		n += got;
	} while (got > 0);
	if (ferror(f)) {
		fclose(f);
		free(p);
		return NULL;
	}
	fclose(f);
	*len = n;
	return p;
}

int main(int argc, char **argv)
{
	unsigned char *text;
	size_t len = 0;
	main_argc = argc;
	main_argv = argv;
	syms_init();
	prims_init();
	if (argc < 2)
		fail_location(NULL, 0, "usage: scheme1 FILE [ARGS...]", NIL);
	load_source(prelude_scm, prelude_scm_len, prelude_file, 0);
	text = read_file(argv[1], &len);
	if (!text)
		fail_location(NULL, 0, "cannot read", cons(make_string(argv[1]), NIL));
	load_source(text, len, argv[1], len >= 2 && text[0] == '#' && text[1] == '!');
	return 0;
}

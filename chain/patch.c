/* patch DIR PATCH...: applies unified diffs to the files under DIR, strictly.
 * An argument @LIST stands for the patches named in LIST, one a line.
 *
 * Input:  each PATCH: free text (what the patch does and why), then for
 *         each file a "--- a/PATH" and a "+++ b/PATH" line and its hunks
 *         ("@@ -OLD,N +NEW,M @@", then lines starting ' ', '-' or '+').
 *         The first component of PATH (a/, b/) is dropped; the file is
 *         DIR/PATH. "--- /dev/null" creates DIR/PATH, which must not
 *         exist, from a hunk "@@ -0,0 +1,M @@".
 * Output: the files, rewritten in place; one line per file on stdout.
 *
 * Strict, so that what is applied is exactly what a reader of the patch
 * sees: every hunk must start at the line it names and every context and
 * removed line must match to the byte. There is no fuzz and no offset; a
 * patch that does not apply stops everything, naming the patch, its line,
 * the file and the line that differs. The chain uses it to apply its own
 * patches (chain/patches/) to upstream sources inside the kernel. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct text {
	char **line;  /* each line without its newline */
	int n, cap;
};

static const char *patch_name;
static int patch_lineno;

static void die(const char *fmt, const char *a, const char *b)
{
	fprintf(stderr, "patch: %s:%d: ", patch_name, patch_lineno);
	fprintf(stderr, fmt, a, b);
	fputc('\n', stderr);
	exit(1);
}

static void push(struct text *t, char *s)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 256;
		t->line = realloc(t->line, t->cap * sizeof *t->line);
		if (!t->line)
			die("%s%s", "out of memory", "");
	}
	t->line[t->n++] = s;
}

/* read_lines: the lines of PATH; a last line without a newline is refused,
 * since a unified diff would have to say so with a marker. */
static void read_lines(const char *path, struct text *t)
{
	FILE *f = fopen(path, "r");
	char *buf = 0, *p;
	long size = 0, cap = 0;
	int c;

	if (!f)
		die("cannot open %s%s", path, "");
	while ((c = getc(f)) != EOF) {
		if (size + 1 >= cap) {
			cap = cap ? 2 * cap : 65536;
			buf = realloc(buf, cap);
			if (!buf)
				die("%s: out of memory%s", path, "");
		}
		buf[size++] = (char)c;
	}
	fclose(f);
	t->n = 0;
	if (size == 0)
		return;
	if (buf[size - 1] != '\n')
		die("%s: the last line has no newline%s", path, "");
	buf[size] = 0;
	for (p = buf; *p; ) {
		char *nl = strchr(p, '\n');
		*nl = 0;
		push(t, p);
		p = nl + 1;
	}
}

static void write_lines(const char *path, struct text *t)
{
	FILE *f = fopen(path, "w");
	int i;

	if (!f)
		die("cannot write %s%s", path, "");
	for (i = 0; i < t->n; i++)
		if (fputs(t->line[i], f) < 0 || putc('\n', f) == EOF)
			die("cannot write %s%s", path, "");
	if (fclose(f) != 0)
		die("cannot write %s%s", path, "");
}

/* hunk_header: parses "@@ -A[,B] +C[,D] @@..." into old start and count
 * and new count; returns 0 if the line is not one. */
static int hunk_header(const char *s, int *old, int *nold, int *nnew)
{
	char *end;
	int new_start;

	if (strncmp(s, "@@ -", 4) != 0)
		return 0;
	*old = (int)strtol(s + 4, &end, 10);
	*nold = 1;
	if (*end == ',')
		*nold = (int)strtol(end + 1, &end, 10);
	if (strncmp(end, " +", 2) != 0)
		return 0;
	new_start = (int)strtol(end + 2, &end, 10);
	(void)new_start;
	*nnew = 1;
	if (*end == ',')
		*nnew = (int)strtol(end + 1, &end, 10);
	return strncmp(end, " @@", 3) == 0;
}

/* apply_file: the hunks from patch line *i on, onto DIR/PATH, or onto
 * nothing for a new file (CREATE). */
static void apply_file(const char *dir, const char *path, int create, struct text *p, int *i)
{
	static char full[4096];
	struct text in = { 0 }, out = { 0 };
	int at = 0, hunks = 0, old, nold, nnew;
	FILE *f;

	if (snprintf(full, sizeof full, "%s/%s", dir, path) >= (int)sizeof full)
		die("%s: name too long%s", path, "");
	if (!create)
		read_lines(full, &in);
	else if ((f = fopen(full, "r")) != 0) {
		fclose(f);
		die("%s: to be created, but it exists%s", full, "");
	}
	while (*i < p->n && hunk_header(p->line[*i], &old, &nold, &nnew)) {
		patch_lineno = ++*i;
		if (nold == 0)
			old++;  /* "-A,0": insert after line A */
		if (old - 1 < at || old - 1 > in.n)
			die("%s: hunk starts at line %s, out of order or past the end", full,
			    p->line[*i - 1]);
		while (at < old - 1)
			push(&out, in.line[at++]);
		while (nold > 0 || nnew > 0) {
			char *l;
			if (*i >= p->n)
				die("%s: hunk ends early%s", full, "");
			l = p->line[(*i)++];
			patch_lineno = *i;
			if (*l == '+' && nnew > 0) {
				push(&out, l + 1);
				nnew--;
				continue;
			}
			if ((*l != ' ' && *l != '-') || nold == 0 || (*l == ' ' && nnew == 0))
				die("%s: line does not fit the hunk's counts: %s", full, l);
			if (at >= in.n || strcmp(in.line[at], l + 1) != 0)
				die("%s: does not apply: the file has \"%s\" there", full,
				    at < in.n ? in.line[at] : "(end of file)");
			if (*l == ' ') {
				push(&out, in.line[at]);
				nnew--;
			}
			at++;
			nold--;
		}
		hunks++;
	}
	if (hunks == 0)
		die("%s: no hunk%s", full, "");
	while (at < in.n)
		push(&out, in.line[at++]);
	write_lines(full, &out);
	printf("patch: %s: %s: %d hunk%s\n", patch_name, full, hunks, hunks == 1 ? "" : "s");
}

static void apply(const char *dir, const char *name)
{
	struct text p = { 0 };
	int i = 0, files = 0;

	patch_name = name;
	patch_lineno = 0;
	read_lines(name, &p);
	while (i < p.n) {
		const char *path;
		int create;
		if (strncmp(p.line[i], "--- ", 4) != 0) {
			i++;
			continue;
		}
		patch_lineno = i + 2;
		if (i + 1 >= p.n || strncmp(p.line[i + 1], "+++ ", 4) != 0)
			die("\"---\" without \"+++\" after it%s%s", "", "");
		path = strchr(p.line[i + 1] + 4, '/');
		if (!path || !path[1] || strstr(path, "/../") || strchr(path, '\t'))
			die("bad file name: %s%s", p.line[i + 1] + 4, "");
		create = strcmp(p.line[i] + 4, "/dev/null") == 0;
		i += 2;
		apply_file(dir, path + 1, create, &p, &i);
		files++;
	}
	if (files == 0)
		die("no \"--- a/FILE\" line: not a unified diff%s%s", "", "");
}

int main(int argc, char **argv)
{
	int k;

	if (argc < 3) {
		fprintf(stderr, "usage: patch DIR PATCH...\n");
		return 2;
	}
	for (k = 2; k < argc; k++) {
		struct text list = {0};
		int i;

		if (argv[k][0] != '@') {
			apply(argv[1], argv[k]);
			continue;
		}
		patch_name = argv[k] + 1;
		read_lines(patch_name, &list);
		for (i = 0; i < list.n; i++)
			apply(argv[1], list.line[i]);
	}
	return 0;
}

/* inputs: the host files a run starts with, each under its name in the machine.
 * --in PATH[=NAME]: a file goes in under NAME, or else under PATH as given
 * (its basename if PATH is absolute); a directory contributes every regular
 * file in its tree, named relative to it and put under NAME if given. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "seed.h"

/* "a/b", or just b if a is empty. */
static char *join(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	char *s = malloc(la + lb + 2), *w;

	if (!s) {
		fail("out of memory");
		exit(EXIT_MACHINE);
	}
	w = s;
	if (la) {
		memcpy(w, a, la);
		w[la] = '/';
		w += la + 1;
	}
	memcpy(w, b, lb + 1);
	return s;
}

static int push(struct inputs *in, const char *path, const char *name, const struct stat *st)
{
	struct input *f;

	if (in->n == in->cap) {
		in->cap = in->cap ? 2 * in->cap : 64;
		in->v = realloc(in->v, in->cap * sizeof *in->v);
		if (!in->v)
			return fail("out of memory");
	}
	f = &in->v[in->n];
	f->path = join("", path);
	f->name = join("", name);
	if (name_clean(f->name) < 0)
		return fail("%s: input name contains '..' (give PATH=NAME)", name);
	if (f->name[0] == 0)
		return fail("%s: empty input name", path);
	if (strlen(f->name) > NAME_MAX_LEN)
		return fail("%s: input name longer than %d bytes", path, NAME_MAX_LEN);
	f->perm = st->st_mode & 0777;
	f->size = st->st_size;
	in->n++;
	return 0;
}

/* Is path, whose lstat is *st, a regular file to take? Then *st is its stat. */
static int is_file(const char *path, struct stat *st, int follow_links)
{
	if (S_ISLNK(st->st_mode) && follow_links && stat(path, st) < 0)
		return 0;
	return S_ISREG(st->st_mode);
}

/* Adds every regular file under dir, named prefix/RELATIVE-PATH. Symlinks to
 * files count only if follow_links: they do for the user's inputs, but not for
 * what a program leaves behind, which may point anywhere on the host. */
int inputs_add_tree(struct inputs *in, const char *dir, const char *prefix, int follow_links)
{
	DIR *d;
	struct dirent *e;
	struct stat st;
	char *path, *name;
	int r = 0;

	if (!(d = opendir(dir)))
		return fail("%s: %s", dir, strerror(errno));
	while (r == 0 && (e = readdir(d))) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		path = join(dir, e->d_name);
		name = join(prefix, e->d_name);
		if (lstat(path, &st) < 0)
			r = fail("%s: %s", path, strerror(errno));
		else if (S_ISDIR(st.st_mode))
			r = inputs_add_tree(in, path, name, follow_links);
		else if (is_file(path, &st, follow_links))
			r = push(in, path, name, &st);
		free(path);
		free(name);
	}
	closedir(d);
	return r;
}

int inputs_add(struct inputs *in, const char *arg)
{
	char *path = join("", arg), *eq = strchr(path, '='), *name, *slash;
	struct stat st;
	int r;

	if (eq)
		*eq = 0;
	name = eq ? eq + 1 : path;
	if (stat(path, &st) < 0)
		r = fail("%s: %s", path, strerror(errno));
	else if (S_ISDIR(st.st_mode))
		r = inputs_add_tree(in, path, eq ? name : "", 1);
	else if (!S_ISREG(st.st_mode))
		r = fail("%s: not a regular file or directory", path);
	else {
		if (!eq && path[0] == '/' && (slash = strrchr(path, '/')))
			name = slash + 1;
		r = push(in, path, name, &st);
	}
	free(path);
	return r;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct input *)a)->name, ((const struct input *)b)->name);
}

/* Sorts by name, so archives are deterministic, and refuses a name given twice. */
int inputs_sort(struct inputs *in)
{
	size_t i;

	if (in->n)
		qsort(in->v, in->n, sizeof *in->v, by_name);
	for (i = 1; i < in->n; i++)
		if (strcmp(in->v[i - 1].name, in->v[i].name) == 0)
			return fail("input %s given twice", in->v[i].name);
	return 0;
}

struct input *inputs_find(struct inputs *in, const char *name)
{
	char *clean = join("", name);
	struct input *f = NULL;
	size_t i;

	if (name_clean(clean) == 0)
		for (i = 0; i < in->n && !f; i++)
			if (strcmp(in->v[i].name, clean) == 0)
				f = &in->v[i];
	free(clean);
	return f;
}

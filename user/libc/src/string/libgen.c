/* basename and dirname as POSIX has them: trailing slashes do not count,
 * "" and NULL give ".", a path of slashes gives "/" (dirname keeps a
 * leading "//", which POSIX leaves to the system, as glibc does). */
#include <libgen.h>
#include <string.h>

char *basename(char *path)
{
	size_t n;

	if (!path || !*path)
		return ".";
	n = strlen(path);
	while (n > 1 && path[n - 1] == '/')
		path[--n] = 0;
	if (n == 1 && path[0] == '/')
		return path;
	while (n > 0 && path[n - 1] != '/')
		n--;
	return path + n;
}

char *dirname(char *path)
{
	char *last, *p;

	if (!path || !*path)
		return ".";
	last = strrchr(path, '/');
	if (last && last != path && !last[1]) {
		/* Trailing slashes: the separator is the slash before them. */
		for (p = last; p != path && p[-1] == '/'; p--)
			;
		if (p != path)
			last = memrchr(path, '/', (size_t)(p - path));
	}
	if (!last)
		return ".";
	for (p = last; p != path && p[-1] == '/'; p--)
		;
	if (p == path) /* only slashes before: "/", but "//" stays (as glibc) */
		last = last == path + 1 ? last + 1 : path + 1;
	else
		last = p;
	*last = 0;
	return path;
}

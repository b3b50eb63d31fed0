/* name_clean: the one normal form of a file name inside the machine.
 * The machine's file system is flat and treats "a/b", "./a/b" and "/a/b" as one
 * name, so empty and "." components go; ".." has no meaning there and is refused. */
#include <string.h>

#include "seed.h"

/* Rewrites name in place. Returns 0, or -1 if it has a ".." component. */
int name_clean(char *name)
{
	char *r = name, *w = name, *end;
	size_t len;

	while (*r) {
		end = strchr(r, '/');
		len = end ? (size_t)(end - r) : strlen(r);
		if (len == 2 && r[0] == '.' && r[1] == '.')
			return -1;
		if (len > 0 && !(len == 1 && r[0] == '.')) {
			if (w != name)
				*w++ = '/';
			memmove(w, r, len);
			w += len;
		}
		r += len;
		if (*r == '/')
			r++;
	}
	*w = 0;
	return 0;
}

/* realpath, mkstemp, mktemp, system. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* No symbolic links exist under the contract, so the real path is the
 * absolute path with ".", ".." and repeated slashes folded. */
char *realpath(const char *path, char *resolved)
{
	char buf[PATH_MAX];
	size_t len = 0;
	const char *p = path;

	if (access(path, F_OK) < 0)
		return NULL;
	if (*p != '/') {
		if (!getcwd(buf, sizeof buf))
			return NULL;
		len = strlen(buf);
		if (len == 1)
			len = 0;
	}
	while (*p) {
		size_t n;
		while (*p == '/')
			p++;
		n = strcspn(p, "/");
		if (n == 0 || (n == 1 && p[0] == '.')) {
			/* nothing */
		} else if (n == 2 && p[0] == '.' && p[1] == '.') {
			while (len > 0 && buf[--len] != '/')
				;
		} else {
			if (len + n + 2 > sizeof buf) {
				errno = ENAMETOOLONG;
				return NULL;
			}
			buf[len++] = '/';
			memcpy(buf + len, p, n);
			len += n;
		}
		p += n;
	}
	if (!len)
		buf[len++] = '/';
	buf[len] = 0;
	if (!resolved)
		return strdup(buf);
	return strcpy(resolved, buf);
}

/* Fill the XXXXXX at the end of tmpl from a counter and the pid. */
static int fill(char *tmpl, unsigned n)
{
	size_t len = strlen(tmpl);
	char *x = tmpl + len - 6;
	unsigned long v = (unsigned long)getpid() * 100003UL + n;

	if (len < 6 || strcmp(x, "XXXXXX")) {
		errno = EINVAL;
		return -1;
	}
	for (int i = 0; i < 6; i++, v /= 36)
		x[i] = "0123456789abcdefghijklmnopqrstuvwxyz"[v % 36];
	return 0;
}

int mkstemp(char *tmpl)
{
	static unsigned count;
	size_t len = strlen(tmpl);

	for (int tries = 0; tries < 1000; tries++) {
		int fd;
		if (tries)
			memcpy(tmpl + len - 6, "XXXXXX", 6);
		if (fill(tmpl, count++) < 0)
			return -1;
		fd = open(tmpl, O_RDWR | O_CREAT | O_EXCL, 0600);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	return -1;
}

char *mktemp(char *tmpl)
{
	static unsigned count;
	size_t len = strlen(tmpl);

	for (int tries = 0; tries < 1000; tries++) {
		if (tries)
			memcpy(tmpl + len - 6, "XXXXXX", 6);
		if (fill(tmpl, count++) < 0)
			return NULL;
		if (access(tmpl, F_OK) < 0)
			return tmpl;
	}
	tmpl[0] = 0;
	return tmpl;
}

/* There is no shell under the contract. */
int system(const char *cmd)
{
	if (!cmd)
		return 0;
	errno = ENOSYS;
	return -1;
}

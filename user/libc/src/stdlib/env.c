/* getenv, setenv, unsetenv over environ. setenv makes its own copies;
 * the first change copies the environ array itself. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char **owned; /* environ, once it is ours to change */

static char **find(const char *name, size_t n)
{
	if (!environ)
		return NULL;
	for (char **e = environ; *e; e++)
		if (!strncmp(*e, name, n) && (*e)[n] == '=')
			return e;
	return NULL;
}

char *getenv(const char *name)
{
	size_t n = strlen(name);
	char **e = find(name, n);

	return e ? *e + n + 1 : NULL;
}

static int own(size_t extra)
{
	size_t count = 0;
	char **copy;

	while (environ && environ[count])
		count++;
	copy = malloc((count + extra + 1) * sizeof *copy);
	if (!copy)
		return -1;
	for (size_t i = 0; i < count; i++)
		copy[i] = environ[i];
	copy[count] = NULL;
	free(owned);
	owned = environ = copy;
	return 0;
}

int setenv(const char *name, const char *value, int overwrite)
{
	size_t n = strlen(name), v = strlen(value);
	char **e, *s;

	if (!n || strchr(name, '=')) {
		errno = EINVAL;
		return -1;
	}
	e = find(name, n);
	if (e && !overwrite)
		return 0;
	s = malloc(n + v + 2);
	if (!s)
		return -1;
	memcpy(s, name, n);
	s[n] = '=';
	memcpy(s + n + 1, value, v + 1);
	if (e) {
		*e = s;
		return 0;
	}
	if (own(1) < 0) {
		free(s);
		return -1;
	}
	for (e = environ; *e; e++)
		;
	e[0] = s;
	e[1] = NULL;
	return 0;
}

int unsetenv(const char *name)
{
	size_t n = strlen(name);
	char **e;

	while ((e = find(name, n)))
		for (; *e; e++)
			e[0] = e[1];
	return 0;
}

/* remove, rename, tmpnam, tmpfile, perror. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* A file or, as in glibc, an empty directory. */
int remove(const char *path)
{
	if (unlink(path) == 0)
		return 0;
	if (errno != EISDIR)
		return -1;
	return rmdir(path);
}

/* The contract has no rename: copy the bytes to the new name, then
 * unlink the old one. Not atomic, and the new file's mode is 0666, not
 * the old file's (the contract cannot read a mode). */
int rename(const char *from, const char *to)
{
	char buf[4096];
	int in, out;
	ssize_t n;

	if (!strcmp(from, to))
		return access(from, F_OK);
	in = open(from, O_RDONLY);
	if (in < 0)
		return -1;
	out = open(to, O_WRONLY | O_CREAT | O_TRUNC, 0666);
	if (out < 0) {
		close(in);
		return -1;
	}
	while ((n = read(in, buf, sizeof buf)) > 0)
		if (write(out, buf, n) != n) {
			n = -1;
			break;
		}
	close(in);
	if (close(out) < 0 || n < 0)
		return -1;
	return unlink(from);
}

/* A name no file has yet: "tmp.<pid>.<count>" in the working directory. */
char *tmpnam(char *s)
{
	static char own[L_tmpnam];
	static unsigned count;

	if (!s)
		s = own;
	for (int tries = 0; tries < TMP_MAX; tries++) {
		snprintf(s, L_tmpnam, "tmp.%d.%u", getpid() % 10000000, count++ % 100000);
		if (access(s, F_OK) < 0)
			return s;
	}
	return NULL;
}

/* A new file under a name of its own, unlinked at once: the file lives
 * until it is closed. */
FILE *tmpfile(void)
{
	static unsigned count;
	char name[32];

	for (int tries = 0; tries < 100; tries++) {
		int fd;
		snprintf(name, sizeof name, "tmp.%d.%u", getpid(), count++);
		fd = open(name, O_RDWR | O_CREAT | O_EXCL, 0600);
		if (fd >= 0) {
			unlink(name);
			return fdopen(fd, "w+");
		}
		if (errno != EEXIST)
			return NULL;
	}
	return NULL;
}

void perror(const char *s)
{
	const char *msg = strerror(errno);

	if (s && *s)
		fprintf(stderr, "%s: %s\n", s, msg);
	else
		fprintf(stderr, "%s\n", msg);
}

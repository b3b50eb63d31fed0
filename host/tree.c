/* tree: host directory trees that runs write into and that seed removes.
 * Nothing here follows a symlink it did not expect, so an archive or a program
 * cannot make seed write outside the directory it was given. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "seed.h"

/* Opens directory `part` under dirfd, making it if missing. A symlink is ELOOP. */
static int open_subdir(int dirfd, const char *part)
{
	struct stat st;
	int fd, e;

	fd = openat(dirfd, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0 && errno == ENOENT && mkdirat(dirfd, part, 0755) == 0)
		fd = openat(dirfd, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0 && (errno == ENOTDIR || errno == ELOOP)) {
		e = errno;
		if (fstatat(dirfd, part, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode))
			e = ELOOP;
		errno = e;
	}
	return fd;
}

/* Creates (or truncates) the regular file dirfd/name with exactly mode perm,
 * making parent directories. name is clean (see name_clean). Returns a writable
 * fd, or -1 with errno set; ELOOP means the path goes through a symlink. */
int tree_create(int dirfd, const char *name, unsigned perm)
{
	char part[NAME_MAX_LEN + 1];
	const char *p = name, *slash;
	int fd = dirfd, next = -1, e;
	size_t len;

	while ((slash = strchr(p, '/'))) {
		len = slash - p;
		if (len > NAME_MAX_LEN) {
			errno = ENAMETOOLONG;
			goto out;
		}
		memcpy(part, p, len);
		part[len] = 0;
		if ((next = open_subdir(fd, part)) < 0)
			goto out;
		if (fd != dirfd)
			close(fd);
		fd = next;
		next = -1;
		p = slash + 1;
	}
	next = openat(fd, p, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (next >= 0 && fchmod(next, perm) < 0) {
		close(next);
		next = -1;
	}
out:
	e = errno;
	if (fd != dirfd)
		close(fd);
	errno = e;
	return next;
}

/* Copies the host file f->path to dir/f->name with mode f->perm. */
int tree_copy(const struct input *f, const char *dir, int dirfd)
{
	int from, to, r;

	if ((from = open(f->path, O_RDONLY | O_CLOEXEC)) < 0)
		return fail("%s: %s", f->path, strerror(errno));
	if ((to = tree_create(dirfd, f->name, f->perm)) < 0) {
		close(from);
		return fail("%s/%s: %s", dir, f->name, strerror(errno));
	}
	r = copy_data(from, to, f->size);
	if (r == COPY_SHORT)
		fail("%s: file shrank while being copied", f->path);
	else if (r < 0)
		fail("%s/%s: %s", dir, f->name, strerror(errno));
	close(from);
	if (close(to) < 0 && r == 0)
		r = fail("%s/%s: %s", dir, f->name, strerror(errno));
	return r ? -1 : 0;
}

static int remove_at(int dirfd, const char *name)
{
	DIR *d;
	struct dirent *e;
	int fd, r = 0;

	if (unlinkat(dirfd, name, 0) == 0 || errno == ENOENT)
		return 0;
	if (errno != EISDIR && errno != EPERM)
		return -1;
	fchmodat(dirfd, name, 0700, 0);
	if ((fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) < 0)
		return -1;
	if (!(d = fdopendir(fd))) {
		close(fd);
		return -1;
	}
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			if (remove_at(fd, e->d_name) < 0)
				r = -1;
	closedir(d);
	if (unlinkat(dirfd, name, AT_REMOVEDIR) < 0)
		r = -1;
	return r;
}

/* rm -rf path, never following symlinks. */
int tree_remove(const char *path)
{
	if (remove_at(AT_FDCWD, path) < 0)
		return fail("%s: cannot remove: %s", path, strerror(errno));
	return 0;
}

/* mkdir -p path. */
int make_dirs(const char *path)
{
	char *p = strdup(path), *s;
	struct stat st;
	int r = 0;

	if (!p)
		return fail("out of memory");
	for (s = p + 1; r == 0 && (s = strchr(s, '/')); s++) {
		*s = 0;
		if (mkdir(p, 0777) < 0 && errno != EEXIST)
			r = fail("%s: %s", p, strerror(errno));
		*s = '/';
	}
	if (r == 0 && mkdir(p, 0777) < 0 && errno != EEXIST)
		r = fail("%s: %s", p, strerror(errno));
	if (r == 0 && (stat(p, &st) < 0 || !S_ISDIR(st.st_mode)))
		r = fail("%s: not a directory", p);
	free(p);
	return r;
}

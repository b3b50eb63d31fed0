/* extract: unpack a newc archive (see newc.c) into a host directory, as the
 * last step of a run. The archive comes from the machine, so it is not trusted:
 * every size is checked before use, names may not leave the directory, and
 * data streams through in pieces whatever its size. Entries that are not
 * regular files are skipped. An entry that cannot be written is named with
 * the reason and the rest are still written; only an archive that ends
 * early or is malformed stops the extraction. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "seed.h"

struct archive {
	const char *path;
	int fd;
	long long off;   /* of the next byte to read */
	long long size;  /* of the file, or -1 if unknown */
	int failed;      /* entries that could not be written */
};

static int bad(struct archive *a, const char *why, long long off)
{
	return fail("%s: %s at offset %lld", a->path, why, off);
}

static int bad_entry(struct archive *a, const char *name, const char *why)
{
	return fail("%s: entry %s: %s", a->path, name, why);
}

/* Reads exactly n bytes; returns 0, or -1 if the archive ends first. */
static int take(struct archive *a, void *buf, size_t n)
{
	ssize_t got = read_full(a->fd, buf, n);

	if (got > 0)
		a->off += got;
	return got == (ssize_t)n ? 0 : -1;
}

static int skip(struct archive *a, unsigned long n)
{
	char buf[4096];
	size_t part;

	while (n > 0) {
		part = n < sizeof buf ? n : sizeof buf;
		if (take(a, buf, part) < 0)
			return -1;
		n -= part;
	}
	return 0;
}

/* Copies the entry's data into fd, reading all of it even if a write
 * fails, so the archive stays in step; *werr is the first write's errno,
 * or 0. Returns 0, or -1 if the archive ends first. */
static int copy_entry(struct archive *a, int fd, unsigned long n, int *werr)
{
	static char buf[1 << 16];
	size_t part;

	*werr = 0;
	while (n > 0) {
		part = n < sizeof buf ? n : sizeof buf;
		if (take(a, buf, part) < 0)
			return -1;
		if (!*werr && write_full(fd, buf, part) < 0)
			*werr = errno;
		n -= part;
	}
	return 0;
}

/* Writes one regular file. Returns 0; 1 if this entry failed (said, the
 * archive still in step); -1 if the archive ended. */
static int write_entry(struct archive *a, int dirfd, const char *name, const struct newc_entry *e)
{
	const char *why = NULL;
	char *clean;
	int fd = -1, werr;

	if (name[0] == '/')
		why = "absolute name";
	else if (!(clean = strdup(name)))
		return fail("out of memory");
	else {
		if (name_clean(clean) < 0)
			why = "name contains ..";
		else if (clean[0] == 0)
			why = "empty name";
		else if ((fd = tree_create(dirfd, clean, e->mode & 0777)) < 0)
			why = errno == ELOOP ? "goes through a symlink" : strerror(errno);
		free(clean);
	}
	if (why) {
		bad_entry(a, name, why);
		return skip(a, e->size) < 0 ? -1 : 1;
	}
	if (copy_entry(a, fd, e->size, &werr) < 0) {
		close(fd);
		bad_entry(a, name, "truncated data");
		return -1;
	}
	if (close(fd) < 0 && !werr)
		werr = errno;
	if (werr) {
		bad_entry(a, name, strerror(werr));
		return 1;
	}
	return 0;
}

/* Reads one entry and writes it out. Returns 1 at the trailer, 0, or -1. */
static int next_entry(struct archive *a, int dirfd)
{
	static char name[NAME_MAX_LEN + 1 + 4];
	char h[CPIO_HEADER_LEN];
	struct newc_entry e;
	long long start = a->off;
	const char *why;
	ssize_t got;
	int r;

	got = read_full(a->fd, h, sizeof h);
	if (got == 0)
		return fail("%s: missing trailer", a->path);
	if (got != (ssize_t)sizeof h)
		return bad(a, "truncated header", start);
	a->off += got;
	if ((why = newc_parse_header(h, &e)))
		return bad(a, why, start);
	if (e.namesize == 0)
		return bad(a, "empty name field", start);
	if (e.namesize > NAME_MAX_LEN + 1)
		return bad(a, "name too long", start);
	if (take(a, name, e.namesize + PAD4(CPIO_HEADER_LEN + e.namesize)) < 0)
		return bad(a, "truncated name", start);
	if (name[e.namesize - 1] != 0 || memchr(name, 0, e.namesize - 1))
		return bad(a, "name not NUL-terminated", start);
	if (strcmp(name, "TRAILER!!!") == 0)
		return 1;
	if (a->size >= 0 && (long long)e.size > a->size - a->off)
		return bad_entry(a, name, "truncated data");
	if ((e.mode & 0170000) != 0100000) {
		if (skip(a, e.size + PAD4(e.size)) < 0)
			return bad_entry(a, name, "truncated data");
		return 0;
	}
	if ((r = write_entry(a, dirfd, name, &e)) < 0)
		return -1;
	a->failed += r;
	if (skip(a, PAD4(e.size)) < 0)
		return bad_entry(a, name, "truncated data");
	return 0;
}

/* Extracts every regular file of archive into the existing directory dir. */
int newc_extract(const char *archive, const char *dir)
{
	struct archive a = { archive, -1, 0, -1, 0 };
	struct stat st;
	int dirfd, r;

	if ((a.fd = open(archive, O_RDONLY | O_CLOEXEC)) < 0)
		return fail("%s: %s", archive, strerror(errno));
	if (fstat(a.fd, &st) == 0 && S_ISREG(st.st_mode))
		a.size = st.st_size;
	if ((dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0) {
		close(a.fd);
		return fail("%s: %s", dir, strerror(errno));
	}
	while ((r = next_entry(&a, dirfd)) == 0)
		;
	close(dirfd);
	close(a.fd);
	if (r > 0 && a.failed)
		fail("%s: %d %s not written (said above); every other file was", archive, a.failed,
		     a.failed == 1 ? "entry" : "entries");
	return r < 0 || a.failed ? -1 : 0;
}

/* newc: the cpio "newc" archive format (magic 070701) both ways across the boot.
 * Each entry is a 110-byte header of 13 eight-digit hex fields, then the name
 * with its NUL padded so header+name is a multiple of 4, then the data padded
 * to 4. The last entry is named TRAILER!!!. This writer emits regular files
 * only, sorted by name, with uid, gid, mtime and devices 0, so the same inputs
 * always make the same archive. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "seed.h"

void newc_format_header(char *h, const struct newc_entry *e)
{
	/* ino mode uid gid nlink mtime filesize devmajor devminor rdevmajor rdevminor namesize check */
	snprintf(h, CPIO_HEADER_LEN + 1,
	    "070701%08lX%08lX%08X%08X%08lX%08X%08lX%08X%08X%08X%08X%08lX%08X",
	    e->ino, e->mode, 0, 0, e->nlink, 0, e->size, 0, 0, 0, 0, e->namesize, 0);
}

static int hex8(const char *s, unsigned long *v)
{
	int i, c;

	*v = 0;
	for (i = 0; i < 8; i++) {
		c = s[i];
		if (c >= '0' && c <= '9')
			c -= '0';
		else if (c >= 'a' && c <= 'f')
			c -= 'a' - 10;
		else if (c >= 'A' && c <= 'F')
			c -= 'A' - 10;
		else
			return -1;
		*v = *v << 4 | c;
	}
	return 0;
}

/* Returns NULL, or why the header is malformed. */
const char *newc_parse_header(const char *h, struct newc_entry *e)
{
	unsigned long f[13];
	int i;

	if (memcmp(h, "070701", 6) != 0)
		return "bad magic";
	for (i = 0; i < 13; i++)
		if (hex8(h + 6 + 8 * i, &f[i]) < 0)
			return "bad hex in header";
	e->ino = f[0];
	e->mode = f[1];
	e->nlink = f[4];
	e->size = f[6];
	e->namesize = f[11];
	return NULL;
}

static const char zeros[4];

/* Writes one entry's header and padded name. */
static int put_head(int fd, const struct newc_entry *e, const char *name)
{
	char h[CPIO_HEADER_LEN + 1];

	newc_format_header(h, e);
	if (write_full(fd, h, CPIO_HEADER_LEN) < 0 || write_full(fd, name, e->namesize) < 0)
		return -1;
	return write_full(fd, zeros, PAD4(CPIO_HEADER_LEN + e->namesize));
}

static int put_file(int out, const char *archive, const struct input *f, unsigned long ino)
{
	struct newc_entry e;
	struct stat st;
	int in, r;

	if ((in = open(f->path, O_RDONLY | O_CLOEXEC)) < 0 || fstat(in, &st) < 0)
		return fail("%s: %s", f->path, strerror(errno));
	if (st.st_size > 0xffffffffL) {
		close(in);
		return fail("%s: too large for a cpio archive (4 GiB)", f->path);
	}
	e.ino = ino;
	e.mode = 0100000 | f->perm;
	e.nlink = 1;
	e.size = st.st_size;
	e.namesize = strlen(f->name) + 1;
	r = put_head(out, &e, f->name);
	if (r == 0)
		r = copy_data(in, out, st.st_size);
	if (r == 0)
		r = write_full(out, zeros, PAD4(e.size));
	close(in);
	if (r == COPY_SHORT)
		return fail("%s: file shrank while being packed", f->path);
	if (r < 0)
		return fail("%s: %s", archive, strerror(errno));
	return 0;
}

/* Writes the inputs (already sorted) as a newc archive at path out. */
int newc_pack(const char *out, const struct inputs *in)
{
	struct newc_entry trailer = { 0, 0, 1, 0, sizeof "TRAILER!!!" };
	size_t i;
	int fd;

	if ((fd = open(out, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644)) < 0)
		return fail("%s: %s", out, strerror(errno));
	for (i = 0; i < in->n; i++)
		if (put_file(fd, out, &in->v[i], i + 1) < 0) {
			close(fd);
			return -1;
		}
	if (put_head(fd, &trailer, "TRAILER!!!") < 0 || close(fd) < 0)
		return fail("%s: %s", out, strerror(errno));
	return 0;
}

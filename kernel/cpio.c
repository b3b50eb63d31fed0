/* Reads the initramfs into the file system. Every field is checked
 * against the archive's bounds; a bad archive stops the boot with a
 * message that names the entry and the reason. */
#include "cpio.h"
#include "abi.h"
#include "file.h"
#include "lib.h"
#include "tmpfs.h"

#define HEADER_SIZE 110
#define S_IFMT 0170000
#define S_IFREG 0100000
#define S_IFDIR 0040000

static int hex8(const u8 *p, u32 *out)
{
	u32 v = 0;
	for (int i = 0; i < 8; i++) {
		int d = hexdigit(p[i]);
		if (d < 0)
			return -1;
		v = v << 4 | d;
	}
	*out = v;
	return 0;
}

/* Says why the archive is refused, in why; returns -1. */
static int bad(char *why, u64 whysize, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(why, whysize, fmt, ap);
	va_end(ap);
	return -1;
}

static u64 align4(u64 x) { return (x + 3) & ~3UL; }

/* Strips "/" and "./" prefixes: the archive may name a/b, ./a/b or /a/b. */
static const char *strip(const char *name, u32 *len)
{
	for (;;) {
		if (*len >= 1 && name[0] == '/')
			name++, (*len)--;
		else if (*len >= 2 && name[0] == '.' && name[1] == '/')
			name += 2, *len -= 2;
		else
			return name;
	}
}

/* A name the file system can hold as it is: no empty, "." or ".."
 * component. */
static int plain_name(const char *name, u32 len)
{
	u32 start = 0;
	for (u32 i = 0; i <= len; i++) {
		if (i < len && name[i] != '/')
			continue;
		u32 clen = i - start;
		if (clen == 0 || (clen == 1 && name[start] == '.') ||
		    (clen == 2 && name[start] == '.' && name[start + 1] == '.'))
			return 0;
		start = i + 1;
	}
	return 1;
}

/* Creates the directories that name's components imply (initramfs). */
static int mkdir_parents(const char *name, u32 len)
{
	for (u32 i = 1; i < len; i++) {
		if (name[i] != '/')
			continue;
		struct inode *ip = tmpfs_lookup(name, i);
		if (ip && !ip->isdir)
			return -ENOTDIR;
		if (!ip && tmpfs_create(name, i, 0755, 1, &ip) < 0)
			return -ENOSPC;
	}
	return 0;
}

static int add_file(const char *name, u32 len, u32 mode, const u8 *data, u32 size)
{
	struct inode *ip = tmpfs_lookup(name, len);
	if (ip && ip->isdir)
		return -EISDIR;
	if (mkdir_parents(name, len) < 0)
		return -ENOTDIR;
	if (ip)
		tmpfs_truncate(ip, 0); /* a later entry replaces an earlier one */
	else if (tmpfs_create(name, len, mode, 0, &ip) < 0)
		return -ENOSPC;
	ip->mode = mode & 07777;
	if (size && tmpfs_write(ip, 0, data, size) != (long)size)
		return -ENOSPC;
	return 0;
}

static int add_dir(const char *name, u32 len, u32 mode)
{
	struct inode *ip = tmpfs_lookup(name, len);
	if (ip)
		return ip->isdir ? 0 : -EEXIST;
	if (mkdir_parents(name, len) < 0)
		return -ENOTDIR;
	return tmpfs_create(name, len, mode, 1, &ip) < 0 ? -ENOSPC : 0;
}

int cpio_load(const u8 *a, u64 size, char *why, u64 whysize)
{
	u64 off = 0;
	for (int n = 1;; n++) {
		u32 f[13];
		if (size - off < HEADER_SIZE)
			return bad(why, whysize, "initramfs: entry %d at offset %lu: truncated header (no TRAILER!!!)", n, off);
		const u8 *h = a + off;
		if (memcmp(h, "070701", 6) && memcmp(h, "070702", 6))
			return bad(why, whysize, "initramfs: entry %d at offset %lu: bad magic (not cpio newc)", n, off);
		for (int i = 0; i < 13; i++)
			if (hex8(h + 6 + 8 * i, &f[i]) < 0)
				return bad(why, whysize, "initramfs: entry %d at offset %lu: bad hex digits in header", n, off);
		u32 mode = f[1], filesize = f[6], namesize = f[11];
		u64 name_off = off + HEADER_SIZE, data_off = align4(name_off + namesize);
		if (namesize == 0 || namesize > MAX_PATH || name_off + namesize > size ||
		    a[name_off + namesize - 1] != 0)
			return bad(why, whysize, "initramfs: entry %d at offset %lu: bad name size %u", n, off, namesize);
		const char *name = (const char *)a + name_off;
		if (data_off > size || filesize > size - data_off)
			return bad(why, whysize, "initramfs: entry %d '%s': %u bytes of data run past the end of the archive",
				 n, name, filesize);
		u32 len = namesize - 1;
		if (len == 10 && memcmp(name, "TRAILER!!!", 10) == 0)
			return 0;
		name = strip(name, &len);
		int r = 0;
		if (len == 0 || (len == 1 && name[0] == '.'))
			r = 0;
		else if (!plain_name(name, len))
			return bad(why, whysize, "initramfs: entry %d '%s': name has an empty, . or .. component", n, name);
		else if ((mode & S_IFMT) == S_IFREG)
			r = add_file(name, len, mode, a + data_off, filesize);
		else if ((mode & S_IFMT) == S_IFDIR)
			r = add_dir(name, len, mode);
		else
			kprintf("initramfs: %s: not a regular file or directory; skipped", name);
		if (r < 0)
			return bad(why, whysize, "initramfs: entry %d '%s': %s", n, name,
				 r == -ENOSPC ? "out of memory" : "conflicts with an earlier entry");
		off = align4(data_off + filesize);
	}
}

/* File descriptors, path names, and the file system calls. */
#include "file.h"
#include "arch.h"
#include "abi.h"
#include "lib.h"
#include "page.h"
#include "proc.h"

#define X_OK 1
#define IOV_MAX 1024

static int readable(const struct ofile *f) { return (f->flags & O_ACCMODE) != O_WRONLY; }

static int writable(const struct ofile *f)
{
	int acc = f->flags & O_ACCMODE;
	return acc == O_WRONLY || acc == O_RDWR;
}

static struct ofile *fd_get(long fd)
{
	return fd < 0 || fd >= NOFILE ? NULL : curproc->fdt->f[fd];
}

static int fd_free_slot(struct proc *p)
{
	for (int fd = 0; fd < NOFILE; fd++)
		if (!p->fdt->f[fd])
			return fd;
	return -EMFILE;
}

static struct ofile *ofile_new(enum ofkind kind, int flags, struct inode *ip)
{
	struct ofile *f = kzalloc(sizeof *f);
	if (!f)
		return NULL;
	f->kind = kind;
	f->flags = flags;
	f->refs = 1;
	f->ip = ip;
	if (ip) {
		ip->nopen++;
		ip->nwriters += writable(f);
	}
	return f;
}

static void ofile_put(struct ofile *f)
{
	if (--f->refs)
		return;
	if (f->ip) {
		f->ip->nwriters -= writable(f);
		tmpfs_put(f->ip);
	}
	kfree(f, sizeof *f);
}

/* fd 0 is /dev/null opened read-write, as the linux driver gives it. */
int fd_init(struct proc *p)
{
	p->fdt = kzalloc(sizeof *p->fdt);
	if (!p->fdt)
		return -ENOMEM;
	struct ofile *in = ofile_new(OF_NULL, O_RDWR, NULL);
	struct ofile *out = ofile_new(OF_CONSOLE, O_WRONLY, NULL);
	struct ofile *err = ofile_new(OF_CONSOLE, O_WRONLY, NULL);
	if (!in || !out || !err)
		return -ENOMEM;
	out->stream = HOST_STDOUT;
	err->stream = HOST_STDERR;
	p->fdt->f[0] = in;
	p->fdt->f[1] = out;
	p->fdt->f[2] = err;
	return 0;
}

int fd_copy(struct proc *dst, struct proc *src)
{
	dst->fdt = kalloc(sizeof *dst->fdt);
	if (!dst->fdt)
		return -ENOMEM;
	*dst->fdt = *src->fdt;
	for (int fd = 0; fd < NOFILE; fd++)
		if (dst->fdt->f[fd])
			dst->fdt->f[fd]->refs++;
	return 0;
}

void fd_close_all(struct proc *p)
{
	for (int fd = 0; fd < NOFILE; fd++)
		if (p->fdt->f[fd])
			ofile_put(p->fdt->f[fd]);
	kfree(p->fdt, sizeof *p->fdt);
	p->fdt = NULL;
}

void fd_close_on_exec(struct proc *p)
{
	for (int fd = 0; fd < NOFILE; fd++)
		if (p->fdt->f[fd] && p->fdt->cloexec[fd]) {
			ofile_put(p->fdt->f[fd]);
			p->fdt->f[fd] = NULL;
			p->fdt->cloexec[fd] = 0;
		}
}

static int is_dir(const char *name, u32 len)
{
	struct inode *ip = tmpfs_lookup(name, len);
	if (!ip)
		return -ENOENT;
	return ip->isdir ? 1 : -ENOTDIR;
}

/* Joins path to the directory of dirfd (or the cwd) and folds "." and
 * "..". Every directory passed through must exist, as on Linux. */
int path_resolve(int dirfd, const char *path, char *out, u32 *outlen, int *must_be_dir)
{
	u32 n = 0;
	if (!path[0])
		return -ENOENT;
	if (path[0] != '/') {
		const char *base = curproc->cwd;
		u32 blen = curproc->cwdlen;
		if (dirfd != AT_FDCWD) {
			struct ofile *f = fd_get(dirfd);
			if (!f)
				return -EBADF;
			if (f->kind != OF_DIR)
				return -ENOTDIR;
			base = f->ip->name;
			blen = f->ip->namelen;
		}
		memcpy(out, base, blen);
		n = blen;
	}
	const char *p = path;
	u32 last = 0;
	for (;;) {
		while (*p == '/')
			p++;
		if (!*p)
			break;
		const char *c = p;
		while (*p && *p != '/')
			p++;
		u32 clen = p - c;
		last = clen;
		if (clen == 1 && c[0] == '.')
			continue;
		int r = is_dir(out, n);
		if (r < 0)
			return r;
		if (clen == 2 && c[0] == '.' && c[1] == '.') {
			while (n > 0 && out[n - 1] != '/')
				n--;
			if (n > 0)
				n--;
			continue;
		}
		if (clen > NAME_MAX || n + 1 + clen + 1 > MAX_PATH)
			return -ENAMETOOLONG;
		if (n > 0)
			out[n++] = '/';
		memcpy(out + n, c, clen);
		n += clen;
		last = 0;
	}
	out[n] = 0;
	*outlen = n;
	if (must_be_dir)
		*must_be_dir = p > path && (p[-1] == '/' || last);
	return 0;
}

int path_from_user(int dirfd, u64 upath, char *out, u32 *outlen, int *must_be_dir)
{
	char path[MAX_PATH];
	long r = vm_copyinstr(&curproc->vm, path, upath, MAX_PATH);
	if (r < 0)
		return (int)r;
	return path_resolve(dirfd, path, out, outlen, must_be_dir);
}

long sys_openat(const u64 *arg, struct trapframe *tf)
{
	int flags = (int)arg[2], must_dir;
	char name[MAX_PATH];
	u32 len;
	int fd = fd_free_slot(curproc);
	if (fd < 0)
		return fd;
	int r = path_from_user((int)arg[0], arg[1], name, &len, &must_dir);
	if (r < 0)
		return r;
	struct inode *ip = tmpfs_lookup(name, len);
	int isdir = ip && ip->isdir;
	if ((flags & O_CREAT) && must_dir)
		return -EISDIR;
	if (ip) {
		if ((flags & O_CREAT) && (flags & O_EXCL))
			return -EEXIST;
		if (isdir && ((flags & (O_CREAT | O_TRUNC)) || (flags & O_ACCMODE) != 0))
			return -EISDIR;
		if (!isdir && (must_dir || (flags & O_DIRECTORY)))
			return -ENOTDIR;
	} else {
		if (!(flags & O_CREAT))
			return -ENOENT;
		if (tmpfs_create(name, len, (u32)arg[3], 0, &ip) < 0)
			return -ENOSPC;
	}
	if (!isdir && (flags & O_TRUNC))
		tmpfs_truncate(ip);
	struct ofile *f = ofile_new(isdir ? OF_DIR : OF_FILE, flags, ip);
	if (!f)
		return -ENOMEM;
	curproc->fdt->f[fd] = f;
	curproc->fdt->cloexec[fd] = (flags & O_CLOEXEC) != 0;
	return fd;
}

long sys_close(const u64 *arg, struct trapframe *tf)
{
	struct ofile *f = fd_get((long)arg[0]);
	if (!f)
		return -EBADF;
	curproc->fdt->f[arg[0]] = NULL;
	curproc->fdt->cloexec[arg[0]] = 0;
	ofile_put(f);
	return 0;
}

static long file_read(struct ofile *f, u64 buf, u64 n)
{
	if (!readable(f))
		return -EBADF;
	if (vm_check(&curproc->vm, buf, n, 1) < 0)
		return -EFAULT;
	if (f->kind == OF_DIR)
		return -EISDIR;
	if (f->kind != OF_FILE)
		return 0;
	u64 size = f->ip->size;
	if (f->off >= size)
		return 0;
	if (n > size - f->off)
		n = size - f->off;
	if (vm_touch(&curproc->vm, buf, n, 1) < 0)
		return -ENOMEM;
	long r = tmpfs_read(f->ip, f->off, (void *)buf, n);
	f->off += r;
	return r;
}

static long file_write(struct ofile *f, u64 buf, u64 n)
{
	if (!writable(f))
		return -EBADF;
	if (vm_touch(&curproc->vm, buf, n, 0) < 0)
		return -EFAULT;
	if (n == 0 || f->kind == OF_NULL)
		return (long)n;
	if (f->kind == OF_CONSOLE) {
		host_console_write(f->stream, (const void *)buf, n);
		return (long)n;
	}
	if (f->flags & O_APPEND)
		f->off = f->ip->size;
	long r = tmpfs_write(f->ip, f->off, (const void *)buf, n);
	if (r > 0)
		f->off += r;
	return r;
}

long sys_read(const u64 *arg, struct trapframe *tf)
{
	struct ofile *f = fd_get((long)arg[0]);
	return f ? file_read(f, arg[1], arg[2]) : -EBADF;
}

long sys_write(const u64 *arg, struct trapframe *tf)
{
	struct ofile *f = fd_get((long)arg[0]);
	return f ? file_write(f, arg[1], arg[2]) : -EBADF;
}

static long vector_rw(const u64 *arg, int write)
{
	struct ofile *f = fd_get((long)arg[0]);
	long cnt = (long)arg[2], total = 0;
	u64 iov[2];
	if (!f)
		return -EBADF;
	if (cnt < 0 || cnt > IOV_MAX)
		return -EINVAL;
	for (long i = 0; i < cnt; i++) {
		if (vm_copyin(&curproc->vm, iov, arg[1] + 16 * i, 16) < 0)
			return total ? total : -EFAULT;
		long r = write ? file_write(f, iov[0], iov[1]) : file_read(f, iov[0], iov[1]);
		if (r < 0)
			return total ? total : r;
		total += r;
		if ((u64)r < iov[1])
			break;
	}
	return total;
}

long sys_readv(const u64 *arg, struct trapframe *tf) { return vector_rw(arg, 0); }

long sys_writev(const u64 *arg, struct trapframe *tf) { return vector_rw(arg, 1); }

long sys_lseek(const u64 *arg, struct trapframe *tf)
{
	struct ofile *f = fd_get((long)arg[0]);
	long off = (long)arg[1];
	if (!f)
		return -EBADF;
	if (f->kind == OF_CONSOLE)
		return -ESPIPE;
	if (f->kind == OF_NULL)
		return 0;
	long base;
	switch (arg[2]) {
	case SEEK_SET: base = 0; break;
	case SEEK_CUR: base = (long)f->off; break;
	case SEEK_END: base = (long)f->ip->size; break;
	case SEEK_DATA: /* the whole file counts as data */
	case SEEK_HOLE:
		if (f->kind != OF_FILE || off < 0 || (u64)off >= f->ip->size)
			return -ENXIO;
		f->off = arg[2] == SEEK_DATA ? (u64)off : f->ip->size;
		return (long)f->off;
	default: return -EINVAL;
	}
	if ((off > 0 && base + off < base) || base + off < 0)
		return -EINVAL;
	f->off = (u64)(base + off);
	return (long)f->off;
}

long sys_unlinkat(const u64 *arg, struct trapframe *tf)
{
	int flags = (int)arg[2], must_dir;
	char name[MAX_PATH];
	u32 len;
	if (flags & ~AT_REMOVEDIR)
		return -EINVAL;
	int r = path_from_user((int)arg[0], arg[1], name, &len, &must_dir);
	if (r < 0)
		return r;
	if (len == 0)
		return flags ? -EBUSY : -EISDIR;
	struct inode *ip = tmpfs_lookup(name, len);
	if (!ip)
		return -ENOENT;
	if (ip->isdir && !(flags & AT_REMOVEDIR))
		return -EISDIR;
	if (!ip->isdir && ((flags & AT_REMOVEDIR) || must_dir))
		return -ENOTDIR;
	if (ip->isdir && tmpfs_has_children(name, len))
		return -ENOTEMPTY;
	tmpfs_unlink(ip);
	return 0;
}

long sys_mkdirat(const u64 *arg, struct trapframe *tf)
{
	char name[MAX_PATH];
	u32 len;
	struct inode *ip;
	int r = path_from_user((int)arg[0], arg[1], name, &len, NULL);
	if (r < 0)
		return r;
	if (tmpfs_lookup(name, len))
		return -EEXIST;
	return tmpfs_create(name, len, (u32)arg[2], 1, &ip) < 0 ? -ENOSPC : 0;
}

/* The inode a path names, for the calls that only look. */
static int lookup_path(int dirfd, u64 upath, struct inode **ipp, char *name, u32 *len)
{
	int must_dir;
	int r = path_from_user(dirfd, upath, name, len, &must_dir);
	if (r < 0)
		return r;
	*ipp = tmpfs_lookup(name, *len);
	if (!*ipp)
		return -ENOENT;
	if (must_dir && !(*ipp)->isdir)
		return -ENOTDIR;
	return 0;
}

long sys_faccessat(const u64 *arg, struct trapframe *tf)
{
	char name[MAX_PATH];
	u32 len;
	struct inode *ip;
	if (arg[2] & ~7UL)
		return -EINVAL;
	int r = lookup_path((int)arg[0], arg[1], &ip, name, &len);
	if (r < 0)
		return r;
	if ((arg[2] & X_OK) && !ip->isdir && !(ip->mode & 0111))
		return -EACCES;
	return 0;
}

static int set_cwd(const char *name, u32 len)
{
	char *c = kalloc(len + 1);
	if (!c)
		return -ENOMEM;
	memcpy(c, name, len);
	c[len] = 0;
	kfree(curproc->cwd, curproc->cwdlen + 1);
	curproc->cwd = c;
	curproc->cwdlen = len;
	return 0;
}

long sys_chdir(const u64 *arg, struct trapframe *tf)
{
	char name[MAX_PATH];
	u32 len;
	struct inode *ip;
	int r = lookup_path(AT_FDCWD, arg[0], &ip, name, &len);
	if (r < 0)
		return r;
	if (!ip->isdir)
		return -ENOTDIR;
	return set_cwd(name, len);
}

long sys_fchdir(const u64 *arg, struct trapframe *tf)
{
	struct ofile *f = fd_get((long)arg[0]);
	if (!f)
		return -EBADF;
	if (f->kind != OF_DIR)
		return -ENOTDIR;
	return set_cwd(f->ip->name, f->ip->namelen);
}

long sys_getcwd(const u64 *arg, struct trapframe *tf)
{
	u64 buf = arg[0], size = arg[1], len = curproc->cwdlen + 2;
	if (size < len)
		return -ERANGE;
	char path[MAX_PATH + 1];
	path[0] = '/';
	memcpy(path + 1, curproc->cwd, curproc->cwdlen + 1);
	if (vm_copyout(&curproc->vm, buf, path, len) < 0)
		return -EFAULT;
	return (long)len;
}

long sys_fchmod(const u64 *arg, struct trapframe *tf)
{
	struct ofile *f = fd_get((long)arg[0]);
	if (!f)
		return -EBADF;
	if (f->ip)
		f->ip->mode = arg[1] & 07777;
	return 0;
}

long sys_fchmodat(const u64 *arg, struct trapframe *tf)
{
	char name[MAX_PATH];
	u32 len;
	struct inode *ip;
	int r = lookup_path((int)arg[0], arg[1], &ip, name, &len);
	if (r < 0)
		return r;
	ip->mode = arg[2] & 07777;
	return 0;
}

/* A new fd, the lowest at or above min, for the description f. */
static long fd_dup(struct ofile *f, long min, int cloexec)
{
	for (long fd = min; fd < NOFILE; fd++)
		if (!curproc->fdt->f[fd]) {
			f->refs++;
			curproc->fdt->f[fd] = f;
			curproc->fdt->cloexec[fd] = cloexec;
			return fd;
		}
	return -EMFILE;
}

long sys_dup(const u64 *arg, struct trapframe *tf)
{
	struct ofile *f = fd_get((long)arg[0]);
	return f ? fd_dup(f, 0, 0) : -EBADF;
}

long sys_dup3(const u64 *arg, struct trapframe *tf)
{
	struct ofile *f = fd_get((long)arg[0]);
	long to = (long)arg[1];
	if (!f)
		return -EBADF;
	if (arg[2] & ~(u64)O_CLOEXEC)
		return -EINVAL;
	if (to == (long)arg[0])
		return -EINVAL;
	if (to < 0 || to >= NOFILE)
		return -EBADF;
	struct ofile *old = curproc->fdt->f[to];
	curproc->fdt->f[to] = NULL;
	if (old)
		ofile_put(old);
	return fd_dup(f, to, (arg[2] & O_CLOEXEC) != 0);
}

#define F_DUPFD 0
#define F_GETFD 1
#define F_SETFD 2
#define F_GETFL 3
#define F_SETFL 4
#define F_DUPFD_CLOEXEC 1030
#define FD_CLOEXEC 1
#define O_SETTABLE (O_APPEND | 04000) /* O_NONBLOCK */

long sys_fcntl(const u64 *arg, struct trapframe *tf)
{
	long fd = (long)arg[0];
	struct ofile *f = fd_get(fd);
	if (!f)
		return -EBADF;
	switch (arg[1]) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		if ((long)arg[2] < 0 || (long)arg[2] >= NOFILE)
			return -EINVAL;
		return fd_dup(f, (long)arg[2], arg[1] == F_DUPFD_CLOEXEC);
	case F_GETFD:
		return curproc->fdt->cloexec[fd] ? FD_CLOEXEC : 0;
	case F_SETFD:
		curproc->fdt->cloexec[fd] = arg[2] & FD_CLOEXEC;
		return 0;
	case F_GETFL:
		return (f->flags & (O_ACCMODE | O_SETTABLE)) | O_LARGEFILE;
	case F_SETFL:
		f->flags = (f->flags & ~O_SETTABLE) | (int)(arg[2] & O_SETTABLE);
		return 0;
	default:
		return -EINVAL;
	}
}

long sys_ioctl(const u64 *arg, struct trapframe *tf)
{
	return fd_get((long)arg[0]) ? -ENOTTY : -EBADF;
}

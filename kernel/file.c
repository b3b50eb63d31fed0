/* File descriptors, path names, and the file system calls. */
#include "file.h"
#include "arch.h"
#include "abi.h"
#include "lib.h"
#include "page.h"
#include "pipe.h"
#include "proc.h"

#define X_OK 1
#define IOV_MAX 1024

static int readable(const struct ofile *f) { return (f->flags & O_ACCMODE) != O_WRONLY; }

static int writable(const struct ofile *f)
{
	int acc = f->flags & O_ACCMODE;
	return acc == O_WRONLY || acc == O_RDWR;
}

/* fds are ints, as Linux reads them: the upper half of the register is
 * not looked at. */
static struct ofile *fd_get(int fd)
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

struct ofile *ofile_new(enum ofkind kind, int flags, struct inode *ip)
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

void ofile_put(struct ofile *f)
{
	if (--f->refs)
		return;
	if (f->kind == OF_PIPE)
		pipe_put(f->pipe, writable(f));
	if (f->ip) {
		f->ip->nwriters -= writable(f);
		tmpfs_put(f->ip);
	}
	kfree(f, sizeof *f);
}

int fd_install(struct ofile *f, int cloexec)
{
	int fd = fd_free_slot(curproc);
	if (fd >= 0) {
		curproc->fdt->f[fd] = f;
		curproc->fdt->cloexec[fd] = cloexec;
	}
	return fd;
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
/* The directory dirfd names, or the cwd: NULL and *err if none. */
static struct inode *dir_of(int dirfd, int *err)
{
	if (dirfd == AT_FDCWD)
		return curproc->cwd;
	struct ofile *f = fd_get(dirfd);
	*err = !f ? -EBADF : f->kind != OF_DIR ? -ENOTDIR : 0;
	return *err ? NULL : f->ip;
}

int path_resolve(int dirfd, const char *path, char *out, u32 *outlen, int *last)
{
	u32 n = 0;
	int r, kind = LAST_NAME;
	if (!path[0])
		return -ENOENT;
	if (path[0] != '/') {
		struct inode *base = dir_of(dirfd, &r);
		if (!base)
			return r;
		if (!base->linked) /* removed: its name may be another's now */
			return -ENOENT;
		memcpy(out, base->name, base->namelen);
		n = base->namelen;
	}
	const char *p = path;
	for (;;) {
		while (*p == '/')
			p++;
		if (!*p)
			break;
		const char *c = p;
		while (*p && *p != '/')
			p++;
		u32 clen = p - c;
		if ((r = is_dir(out, n)) < 0)
			return r;
		if (clen == 1 && c[0] == '.') {
			kind = LAST_DOT;
			continue;
		}
		if (clen == 2 && c[0] == '.' && c[1] == '.') {
			n = tmpfs_dirlen(out, n);
			kind = LAST_DOTDOT;
			continue;
		}
		if (clen > NAME_MAX || n + 1 + clen + 1 > MAX_PATH)
			return -ENAMETOOLONG;
		if (n > 0)
			out[n++] = '/';
		memcpy(out + n, c, clen);
		n += clen;
		kind = LAST_NAME;
	}
	out[n] = 0;
	*outlen = n;
	if (last)
		*last = kind == LAST_NAME && p[-1] == '/' ? LAST_SLASH : kind;
	return 0;
}

int path_from_user(int dirfd, u64 upath, char *out, u32 *outlen, int *last)
{
	char path[MAX_PATH];
	long r = vm_copyinstr(&curproc->vm, path, upath, MAX_PATH);
	if (r < 0)
		return (int)r;
	return path_resolve(dirfd, path, out, outlen, last);
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
		if (tmpfs_create(name, len, (u32)arg[3] & ~curproc->umask, 0, &ip) < 0)
			return -ENOSPC;
	}
	if (!isdir && (flags & O_TRUNC))
		tmpfs_truncate(ip, 0);
	struct ofile *f = ofile_new(isdir ? OF_DIR : OF_FILE, flags, ip);
	if (!f)
		return -ENOMEM;
	curproc->fdt->f[fd] = f;
	curproc->fdt->cloexec[fd] = (flags & O_CLOEXEC) != 0;
	return fd;
}

long sys_close(const u64 *arg, struct trapframe *tf)
{
	int fd = (int)arg[0];
	struct ofile *f = fd_get(fd);
	if (!f)
		return -EBADF;
	curproc->fdt->f[fd] = NULL;
	curproc->fdt->cloexec[fd] = 0;
	ofile_put(f);
	return 0;
}

/* read and write at *off: the description's offset, or pread's own. */
static long file_read(struct ofile *f, u64 buf, u64 n, u64 *off)
{
	if (!readable(f))
		return -EBADF;
	if (vm_check(&curproc->vm, buf, n, 1) < 0)
		return -EFAULT;
	if (f->kind == OF_DIR)
		return -EISDIR;
	if (f->kind == OF_PIPE)
		return pipe_read(f->pipe, buf, n, f->flags & O_NONBLOCK);
	if (f->kind != OF_FILE)
		return 0;
	u64 size = f->ip->size;
	if (*off >= size)
		return 0;
	if (n > size - *off)
		n = size - *off;
	if (vm_touch(&curproc->vm, buf, n, 1) < 0)
		return -ENOMEM;
	long r = tmpfs_read(f->ip, *off, (void *)buf, n);
	*off += r;
	return r;
}

static long file_write(struct ofile *f, u64 buf, u64 n, u64 *off)
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
	if (f->kind == OF_PIPE)
		return pipe_write(f->pipe, buf, n, f->flags & O_NONBLOCK);
	if (f->flags & O_APPEND) /* even for pwrite, as on Linux */
		*off = f->ip->size;
	long r = tmpfs_write(f->ip, *off, (const void *)buf, n);
	if (r > 0)
		*off += r;
	return r;
}

long sys_read(const u64 *arg, struct trapframe *tf)
{
	struct ofile *f = fd_get((int)arg[0]);
	return f ? file_read(f, arg[1], arg[2], &f->off) : -EBADF;
}

long sys_write(const u64 *arg, struct trapframe *tf)
{
	struct ofile *f = fd_get((int)arg[0]);
	return f ? file_write(f, arg[1], arg[2], &f->off) : -EBADF;
}

/* pread64 and pwrite64: at their own offset; the host's streams and
 * pipes have none. */
static long positional_rw(const u64 *arg, int write)
{
	struct ofile *f = fd_get((int)arg[0]);
	u64 off = arg[3];
	if ((long)off < 0)
		return -EINVAL;
	if (!f)
		return -EBADF;
	if (f->kind == OF_CONSOLE || f->kind == OF_PIPE)
		return -ESPIPE;
	return write ? file_write(f, arg[1], arg[2], &off) : file_read(f, arg[1], arg[2], &off);
}

long sys_pread64(const u64 *arg, struct trapframe *tf) { return positional_rw(arg, 0); }

long sys_pwrite64(const u64 *arg, struct trapframe *tf) { return positional_rw(arg, 1); }

static long vector_rw(const u64 *arg, int write)
{
	struct ofile *f = fd_get((int)arg[0]);
	long cnt = (long)arg[2], total = 0;
	u64 iov[2];
	if (!f)
		return -EBADF;
	if (cnt < 0 || cnt > IOV_MAX)
		return -EINVAL;
	for (long i = 0; i < cnt; i++) {
		if (vm_copyin(&curproc->vm, iov, arg[1] + 16 * i, 16) < 0)
			return total ? total : -EFAULT;
		long r = write ? file_write(f, iov[0], iov[1], &f->off) : file_read(f, iov[0], iov[1], &f->off);
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
	struct ofile *f = fd_get((int)arg[0]);
	long off = (long)arg[1];
	int whence = (int)arg[2];
	if (!f)
		return -EBADF;
	if ((unsigned)whence > SEEK_HOLE) /* as Linux: before the kind of file */
		return -EINVAL;
	if (f->kind == OF_CONSOLE || f->kind == OF_PIPE)
		return -ESPIPE;
	if (f->kind == OF_NULL)
		return 0;
	long base;
	switch (whence) {
	case SEEK_SET: base = 0; break;
	case SEEK_CUR: base = (long)f->off; break;
	case SEEK_END: base = (long)f->ip->size; break;
	case SEEK_DATA: /* the whole file counts as data */
	case SEEK_HOLE:
		if (f->kind != OF_FILE || off < 0 || (u64)off >= f->ip->size)
			return -ENXIO;
		f->off = whence == SEEK_DATA ? (u64)off : f->ip->size;
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
	int flags = (int)arg[2], last;
	char name[MAX_PATH];
	u32 len;
	if (flags & ~AT_REMOVEDIR)
		return -EINVAL;
	int r = path_from_user((int)arg[0], arg[1], name, &len, &last);
	if (r < 0)
		return r;
	if (!(flags & AT_REMOVEDIR) && (last >= LAST_DOT || len == 0))
		return -EISDIR;
	if (last == LAST_DOT) /* as Linux: rmdir("d/.") names no entry to remove */
		return -EINVAL;
	if (last == LAST_DOTDOT)
		return -ENOTEMPTY;
	if (len == 0)
		return -EBUSY;
	struct inode *ip = tmpfs_lookup(name, len);
	if (!ip)
		return -ENOENT;
	if (ip->isdir && !(flags & AT_REMOVEDIR))
		return -EISDIR;
	if (!ip->isdir && ((flags & AT_REMOVEDIR) || last))
		return -ENOTDIR;
	if (ip->isdir && tmpfs_child(ip, 0))
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
	return tmpfs_create(name, len, (u32)arg[2] & ~curproc->umask, 1, &ip) < 0 ? -ENOSPC : 0;
}

/* The inode a path names, for the calls that only look: 0, or -errno.
 * An empty path is ENOENT, unless empty_ok: then it names dirfd's own
 * file (*fp, or the cwd) and the result is 1. */
static int lookup_path(int dirfd, u64 upath, int empty_ok, struct inode **ipp, struct ofile **fp)
{
	char path[MAX_PATH], name[MAX_PATH];
	int last, r;
	u32 len;
	long n = vm_copyinstr(&curproc->vm, path, upath, MAX_PATH);
	if (n < 0)
		return (int)n;
	if (n == 0 && empty_ok) {
		*fp = dirfd == AT_FDCWD ? NULL : fd_get(dirfd);
		*ipp = *fp ? (*fp)->ip : curproc->cwd;
		return dirfd == AT_FDCWD || *fp ? 1 : -EBADF;
	}
	if ((r = path_resolve(dirfd, path, name, &len, &last)) < 0)
		return r;
	*ipp = tmpfs_lookup(name, len);
	if (!*ipp)
		return -ENOENT;
	return last && !(*ipp)->isdir ? -ENOTDIR : 0;
}

long sys_faccessat(const u64 *arg, struct trapframe *tf)
{
	struct inode *ip;
	if (arg[2] & ~7UL)
		return -EINVAL;
	int r = lookup_path((int)arg[0], arg[1], 0, &ip, NULL);
	if (r < 0)
		return r;
	if ((arg[2] & X_OK) && !ip->isdir && !(ip->mode & 0111))
		return -EACCES;
	return 0;
}

/* The cwd holds its directory as an open fd does: a rename moves it. */
static long set_cwd(struct inode *ip)
{
	if (!ip->isdir)
		return -ENOTDIR;
	ip->nopen++;
	tmpfs_put(curproc->cwd);
	curproc->cwd = ip;
	return 0;
}

long sys_chdir(const u64 *arg, struct trapframe *tf)
{
	struct inode *ip;
	int r = lookup_path(AT_FDCWD, arg[0], 0, &ip, NULL);
	return r < 0 ? r : set_cwd(ip);
}

long sys_fchdir(const u64 *arg, struct trapframe *tf)
{
	struct ofile *f = fd_get((int)arg[0]);
	if (!f)
		return -EBADF;
	return f->ip ? set_cwd(f->ip) : -ENOTDIR;
}

long sys_getcwd(const u64 *arg, struct trapframe *tf)
{
	struct inode *cwd = curproc->cwd;
	u64 buf = arg[0], size = arg[1], len = cwd->namelen + 2;
	if (!cwd->linked)
		return -ENOENT;
	if (size < len)
		return -ERANGE;
	char path[MAX_PATH + 1];
	path[0] = '/';
	memcpy(path + 1, cwd->name, cwd->namelen + 1);
	if (vm_copyout(&curproc->vm, buf, path, len) < 0)
		return -EFAULT;
	return (long)len;
}

long sys_fchmod(const u64 *arg, struct trapframe *tf)
{
	struct ofile *f = fd_get((int)arg[0]);
	if (!f)
		return -EBADF;
	if (f->ip)
		f->ip->mode = arg[1] & 07777;
	return 0;
}

long sys_fchmodat(const u64 *arg, struct trapframe *tf)
{
	struct inode *ip;
	int r = lookup_path((int)arg[0], arg[1], 0, &ip, NULL);
	if (r < 0)
		return r;
	ip->mode = arg[2] & 07777;
	return 0;
}

long sys_umask(const u64 *arg, struct trapframe *tf)
{
	u32 old = curproc->umask;
	curproc->umask = arg[0] & 0777;
	return old;
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
	struct ofile *f = fd_get((int)arg[0]);
	return f ? fd_dup(f, 0, 0) : -EBADF;
}

long sys_dup3(const u64 *arg, struct trapframe *tf)
{
	struct ofile *f = fd_get((int)arg[0]);
	int to = (int)arg[1];
	if (!f)
		return -EBADF;
	if (arg[2] & ~(u64)O_CLOEXEC)
		return -EINVAL;
	if (to == (int)arg[0])
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
#define O_SETTABLE (O_APPEND | O_NONBLOCK)

long sys_fcntl(const u64 *arg, struct trapframe *tf)
{
	int fd = (int)arg[0];
	struct ofile *f = fd_get(fd);
	if (!f)
		return -EBADF;
	switch ((int)arg[1]) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		if (arg[2] >= NOFILE)
			return -EINVAL;
		return fd_dup(f, (long)arg[2], (int)arg[1] == F_DUPFD_CLOEXEC);
	case F_GETFD:
		return curproc->fdt->cloexec[fd] ? FD_CLOEXEC : 0;
	case F_SETFD:
		curproc->fdt->cloexec[fd] = arg[2] & FD_CLOEXEC;
		return 0;
	case F_GETFL: /* as Linux: open sets O_LARGEFILE, pipe2 does not */
		return (f->flags & (O_ACCMODE | O_SETTABLE)) | (f->kind == OF_PIPE ? 0 : O_LARGEFILE);
	case F_SETFL:
		f->flags = (f->flags & ~O_SETTABLE) | (int)(arg[2] & O_SETTABLE);
		return 0;
	default:
		return -EINVAL;
	}
}

/* struct pollfd; every file but a pipe is always ready for everything,
 * as Linux's files without a poll method. */
struct pollfd {
	i32 fd;
	u16 events, revents;
};
#define DEFAULT_POLLMASK (POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM)

/* Fills in the revents of the n pollfds at ufds: how many are ready, or
 * -EFAULT. at_once: see pipe_poll. */
static long poll_fds(u64 ufds, u64 n, int at_once)
{
	long ready = 0;
	for (u64 i = 0; i < n; i++) {
		struct pollfd p;
		u64 at = ufds + i * sizeof p;
		if (vm_copyin(&curproc->vm, &p, at, sizeof p) < 0)
			return -EFAULT;
		struct ofile *f = fd_get(p.fd);
		p.revents = 0;
		if (p.fd >= 0 && !f)
			p.revents = POLLNVAL;
		else if (f && f->kind == OF_PIPE)
			p.revents = pipe_poll(f->pipe, writable(f), f->flags & O_NONBLOCK, at_once);
		else if (f)
			p.revents = DEFAULT_POLLMASK;
		p.revents &= p.events | POLLERR | POLLHUP | POLLNVAL;
		ready += p.revents != 0;
		if (vm_copyout(&curproc->vm, at, &p, sizeof p) < 0)
			return -EFAULT;
	}
	return ready;
}

/* ppoll(fds, nfds, timeout, sigmask, sigsetsize) never waits: nothing
 * changes while the caller runs alone. It reports what is ready now, as
 * Linux; where Linux would then wait for the timeout, the answer is the
 * same 0 and no time left; where it would wait for ever, blocking pipe
 * ends say what their read or write does at once (pipe_poll). The mask
 * would only matter while waiting: it is checked, not used. */
long sys_ppoll(const u64 *arg, struct trapframe *tf)
{
	u64 ufds = arg[0], nfds = (u32)arg[1], mask;
	i64 ts[2];
	if (arg[2] && vm_copyin(&curproc->vm, ts, arg[2], sizeof ts) < 0)
		return -EFAULT;
	if (arg[2] && (ts[0] < 0 || (u64)ts[1] >= 1000000000))
		return -EINVAL;
	if (arg[3] && arg[4] != sizeof mask)
		return -EINVAL;
	if (arg[3] && vm_copyin(&curproc->vm, &mask, arg[3], sizeof mask) < 0)
		return -EFAULT;
	if (nfds > NOFILE)
		return -EINVAL;
	if (vm_check(&curproc->vm, ufds, nfds * sizeof(struct pollfd), 1) < 0)
		return -EFAULT;
	long ready = poll_fds(ufds, nfds, 0);
	if (ready == 0 && !arg[2])
		return poll_fds(ufds, nfds, 1);
	/* As Linux, the time left is written back: all of it was waited */
	i64 none[2] = { 0, 0 };
	if (ready == 0)
		vm_copyout(&curproc->vm, arg[2], none, sizeof none);
	return ready;
}

long sys_ioctl(const u64 *arg, struct trapframe *tf)
{
	return fd_get((int)arg[0]) ? -ENOTTY : -EBADF;
}

/* struct stat of the generic ABI, which aarch64 uses: 128 bytes. Times
 * are 0: the machine has no clock (docs/CONTRACT.md). */
struct kstat {
	u64 dev, ino;
	u32 mode, nlink, uid, gid;
	u64 rdev, pad1;
	i64 size;
	i32 blksize, pad2;
	i64 blocks;
	i64 times[6];
	u32 unused[2];
};
_Static_assert(sizeof(struct kstat) == 128, "struct stat");

#define DEV_FILES 1     /* st_dev of the file system */
#define DEV_STREAMS 2   /* and of fds 0-2's null device and host streams */
#define DEV_PIPES 3     /* and of pipes */
#define RDEV_NULL 0x103 /* 1:3, /dev/null */

/* The inode ip, or when it is NULL the stream f: a null device, a pipe,
 * or the host's stdout or stderr, which read as pipes (they cannot seek). */
static long stat_out(const struct ofile *f, const struct inode *ip, u64 ubuf)
{
	struct kstat st;
	memset(&st, 0, sizeof st);
	st.dev = DEV_STREAMS;
	st.nlink = 1;
	st.blksize = PAGE_SIZE;
	if (ip) {
		st.dev = DEV_FILES;
		st.ino = ip->ino;
		st.mode = (ip->isdir ? S_IFDIR : S_IFREG) | ip->mode;
		st.nlink = !ip->linked ? 0 : ip->isdir ? 2 : 1;
		st.size = (i64)ip->size;
		st.blocks = (i64)(PAGE_UP(ip->size) >> 9);
	} else if (f->kind == OF_NULL) {
		st.ino = 1;
		st.mode = S_IFCHR | 0666;
		st.rdev = RDEV_NULL;
	} else if (f->kind == OF_PIPE) {
		st.dev = DEV_PIPES;
		st.ino = pipe_ino(f->pipe);
		st.mode = S_IFIFO | 0600;
	} else {
		st.ino = 1 + f->stream;
		st.mode = S_IFIFO | 0600;
	}
	return vm_copyout(&curproc->vm, ubuf, &st, sizeof st) < 0 ? -EFAULT : 0;
}

long sys_fstat(const u64 *arg, struct trapframe *tf)
{
	struct ofile *f = fd_get((int)arg[0]);
	return f ? stat_out(f, f->ip, arg[1]) : -EBADF;
}

/* newfstatat(dirfd, path, buf, flags): there are no links to follow, so
 * AT_SYMLINK_NOFOLLOW changes nothing; AT_EMPTY_PATH with "" is fstat. */
long sys_newfstatat(const u64 *arg, struct trapframe *tf)
{
	struct inode *ip;
	struct ofile *f = NULL;
	int flags = (int)arg[3];
	if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH | AT_STATX_SYNC_TYPE))
		return -EINVAL;
	int r = lookup_path((int)arg[0], arg[1], flags & AT_EMPTY_PATH, &ip, &f);
	return r < 0 ? r : stat_out(f, ip, arg[2]);
}

/* getdents64(fd, buf, count): ".", "..", then the directory's entries in
 * creation order. The offset is a cookie: 0 and 1 before "." and "..",
 * then the inode number of the last entry given, so entries made or
 * removed meanwhile never shift the others. */
long sys_getdents64(const u64 *arg, struct trapframe *tf)
{
	struct ofile *f = fd_get((int)arg[0]);
	u64 buf = arg[1], count = (u32)arg[2], done = 0;
	/* As Linux 6.1: the buffer is checked record by record as it is
	 * filled, after the fd and the directory (no range check first). */
	if (!f)
		return -EBADF;
	if (f->kind != OF_DIR)
		return -ENOTDIR;
	struct inode *dir = f->ip;
	u32 at = dir->namelen ? dir->namelen + 1 : 0;
	if (!dir->linked)
		return -ENOENT;
	for (;;) {
		struct inode *ip = dir;
		const char *nm = "..";
		u32 nlen = f->off + 1;  /* "." or ".." */
		u64 next = f->off + 1;
		if (f->off == 1)
			ip = tmpfs_lookup(dir->name, tmpfs_dirlen(dir->name, dir->namelen));
		else if (f->off > 1) {
			if (!(ip = tmpfs_child(dir, f->off)))
				break;
			nm = ip->name + at;
			nlen = ip->namelen - at;
			next = ip->ino;
		}
		/* d_ino, d_off, d_reclen, d_type, the name and its NUL, 8-aligned
		 * (sized for any name: the initramfs's are not held to NAME_MAX) */
		u8 rec[19 + MAX_PATH + 7];
		u64 reclen = (19 + nlen + 1 + 7) & ~7UL;
		if (done + reclen > count)
			return done ? (long)done : -EINVAL;
		u16 rl = (u16)reclen;
		memcpy(rec, &ip->ino, 8);
		memcpy(rec + 8, &next, 8);
		memcpy(rec + 16, &rl, 2);
		rec[18] = ip->isdir ? S_IFDIR >> 12 : S_IFREG >> 12;
		memcpy(rec + 19, nm, nlen);
		memset(rec + 19 + nlen, 0, reclen - 19 - nlen);
		if (vm_copyout(&curproc->vm, buf + done, rec, reclen) < 0)
			return done ? (long)done : -EFAULT;
		done += reclen;
		f->off = next;
	}
	return (long)done;
}

long sys_ftruncate(const u64 *arg, struct trapframe *tf)
{
	struct ofile *f = fd_get((int)arg[0]);
	if ((long)arg[1] < 0)
		return -EINVAL;
	if (!f)
		return -EBADF;
	if (f->kind != OF_FILE || !writable(f))
		return -EINVAL;
	return tmpfs_truncate(f->ip, arg[1]);
}

/* renameat2 with flags 0 or RENAME_NOREPLACE (RENAME_EXCHANGE and
 * RENAME_WHITEOUT are EINVAL). A directory takes everything under it. */
long sys_renameat2(const u64 *arg, struct trapframe *tf)
{
	char upath[2][MAX_PATH], from[MAX_PATH], to[MAX_PATH];
	u32 flen, tlen;
	int flast, tlast, r;
	u64 flags = (u32)arg[4];
	if (flags & ~(u64)RENAME_NOREPLACE)
		return -EINVAL;
	/* In Linux's order: the first name is read and its directory found
	 * before the second name's faults count (qemu-user reads both first). */
	if ((r = (int)vm_copyinstr(&curproc->vm, upath[0], arg[1], MAX_PATH)) < 0 ||
	    (r = path_resolve((int)arg[0], upath[0], from, &flen, &flast)) < 0 ||
	    (r = (int)vm_copyinstr(&curproc->vm, upath[1], arg[3], MAX_PATH)) < 0 ||
	    (r = path_resolve((int)arg[2], upath[1], to, &tlen, &tlast)) < 0)
		return r;
	if (flast >= LAST_DOT || flen == 0)
		return -EBUSY;
	if (tlast >= LAST_DOT || tlen == 0)
		return flags ? -EEXIST : -EBUSY;
	struct inode *ip = tmpfs_lookup(from, flen), *old = tmpfs_lookup(to, tlen);
	if (!ip)
		return -ENOENT;
	if (old && flags)
		return -EEXIST;
	if (!ip->isdir && (flast || tlast))
		return -ENOTDIR;
	if (tlen > flen && to[flen] == '/' && memcmp(to, from, flen) == 0)
		return -EINVAL; /* into itself */
	if (flen > tlen && from[tlen] == '/' && memcmp(to, from, tlen) == 0)
		return -ENOTEMPTY; /* onto a directory above it */
	if (old == ip)
		return 0;
	if (old && ip->isdir != old->isdir)
		return ip->isdir ? -ENOTDIR : -EISDIR;
	if (old && old->isdir && tmpfs_child(old, 0))
		return -ENOTEMPTY;
	if ((r = tmpfs_rename(ip, to, tlen)) == 0 && old)
		tmpfs_unlink(old); /* found after ip by that name until now */
	return r;
}

long sys_renameat(const u64 *arg, struct trapframe *tf)
{
	u64 a[5] = { arg[0], arg[1], arg[2], arg[3], 0 };
	return sys_renameat2(a, tf);
}

#define UTIME_NOW ((1L << 30) - 1)
#define UTIME_OMIT ((1L << 30) - 2)

/* utimensat(dirfd, path, times, flags): every file time is 0 and stays so
 * (docs/CONTRACT.md); this checks what Linux checks before setting them,
 * in its order: the times are read, the flags checked, the file found,
 * and only then the nanoseconds. A NULL path is the fd dirfd itself. */
long sys_utimensat(const u64 *arg, struct trapframe *tf)
{
	int flags = (int)arg[3];
	i64 ts[4];
	struct inode *ip;
	struct ofile *f;
	if (arg[2] && vm_copyin(&curproc->vm, ts, arg[2], sizeof ts) < 0)
		return -EFAULT;
	if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	if (!arg[1] && (int)arg[0] != AT_FDCWD) { /* as Linux: AT_FDCWD reads the name */
		if (flags)
			return -EINVAL;
		if (!fd_get((int)arg[0]))
			return -EBADF;
	} else {
		int r = lookup_path((int)arg[0], arg[1], flags & AT_EMPTY_PATH, &ip, &f);
		if (r < 0)
			return r;
	}
	for (int i = 1; arg[2] && i < 4; i += 2)
		if (ts[i] != UTIME_NOW && ts[i] != UTIME_OMIT && (u64)ts[i] >= 1000000000)
			return -EINVAL;
	return 0;
}

/* There are no symbolic links: every name that exists is EINVAL; an
 * empty path names dirfd itself, which is no link either (ENOENT). */
long sys_readlinkat(const u64 *arg, struct trapframe *tf)
{
	struct inode *ip;
	struct ofile *f;
	if ((int)arg[3] <= 0)
		return -EINVAL;
	int r = lookup_path((int)arg[0], arg[1], 1, &ip, &f);
	return r < 0 ? r : r ? -ENOENT : -EINVAL;
}

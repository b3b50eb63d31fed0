/* fuzz [linux] SEED COUNT [VERBOSE]: COUNT seeded random sequences of contract
 * system calls with plausible and hostile arguments. Each sequence runs
 * in a child, so a fault or a changed directory ends with it; the child
 * folds every return value and every byte it reads into a hash, and the
 * parent prints one line per sequence: its number, the hash and the
 * child's wait status. Run under both drivers, the outputs and the
 * files left behind must be identical. VERBOSE (a sequence number)
 * prints that sequence's calls one by one instead.
 * The reference, qemu-user, departs from Linux in some corners
 * (docs/RELIABILITY.md), and the sequences keep away from them; with
 * `linux` first they go there too, for a reference that is Linux itself
 * (the linux-vm driver). */
#include "out.h"
#include "sys.h"

#define OPS 24
#define KINDS 40                /* kinds of step: one_call's cases */
#define SYS_ppoll 73
#define SYS_utimensat 88
#define SYS_munmap 215
#define SYS_mmap 222
#define POLLIN 1
#define POLLOUT 4
#define F_GETFD 1
#define F_GETFL 3
#define CLONE_VM 0x100
#define CLONE_VFORK 0x4000
#define NPATH 12
#define NFLAGS 12

static unsigned long rng;
static unsigned long hash;
static long verbose = -1, current;
static int linux_ref;           /* the reference is Linux, not qemu-user */
static char *heap_end;          /* end of a 2-page heap area: unmapped above */
static char buf[65536 + 64];
/* Where the calls whose bytes differ between the drivers (times, random
 * bytes, limits, d_ino) write, so that no later write or path takes them
 * up. */
static char junk[65536 + 64];

static unsigned long next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static long args[4];            /* of the last call, for VERBOSE */

static long call(long n, long a, long b, long c, long d)
{
	args[0] = a;
	args[1] = b;
	args[2] = c;
	args[3] = d;
	return syscall(n, a, b, c, d);
}

static long pick(const long *v, int n) { return v[next() % n]; }

static void fold(long v)
{
	hash = (hash ^ (unsigned long)v) * 1099511628211UL;
}

/* Relative names only: under the linux driver an absolute name is the
 * host's own file system. */
static const char *const paths[NPATH] = {
	"f0", "f1", "f2", "d0", "d0/f3", "./f1", "d0/../f2", "missing/x",
	"f0/", "", "d0/d1", "d0//f3",
};

static int is_path(long p)
{
	for (int i = 0; i < NPATH; i++)
		if (p == (long)paths[i])
			return 1;
	return 0;
}

/* A path argument: usually one of the names, sometimes a bad pointer. */
static long path_arg(void)
{
	switch (next() % 16) {
	case 0: return 0;
	case 1: return 0x10;
	case 2: return (long)0xffff000000001000UL;
	case 3: return (long)heap_end - 2;     /* "??" then unmapped: no NUL */
	default: return (long)paths[next() % NPATH];
	}
}

/* A buffer argument and its length; the length may run off the end. */
static void buf_arg(long *p, long *n)
{
	static const long lens[] = { 0, 1, 7, 100, 4096, 5000, 65536 };
	*n = pick(lens, 7);
	switch (next() % 12) {
	case 0: *p = 0; break;
	case 1: *p = 0x10; break;
	case 2: *p = (long)0xffff000000001000UL; break;
	case 3: *p = (long)heap_end - 50; break; /* runs off the heap */
	case 4: *p = (long)&buf[1]; break;       /* misaligned */
	case 5: *p = (long)next; *n = *n > 16 ? 16 : *n; break; /* text */
	default: *p = (long)buf;
	}
}

/* Never 0, 1 or 2: under the linux driver they are the host's own files
 * (0 is the host's /dev/null), and a seek or fchmod would change them. */
static long fd_arg(void)
{
	static const long fds[] = { 3, 4, 5, 6, 7, 3, 4, 5, -1, 1000, 1 << 20, AT_FDCWD };
	return pick(fds, 12);
}

static long flags_arg(void)
{
	static const long flags[NFLAGS + 1] = {
		O_RDONLY, O_WRONLY, O_RDWR, O_WRONLY | O_CREAT, O_RDWR | O_CREAT | O_TRUNC,
		O_WRONLY | O_CREAT | O_EXCL, O_WRONLY | O_APPEND, O_RDWR | O_CREAT | O_APPEND,
		O_RDONLY | 040000 /* O_DIRECTORY */, O_RDONLY | O_TRUNC, O_RDWR | O_TRUNC,
		O_CREAT | O_RDONLY,
		3, /* O_ACCMODE: qemu-user turns it into O_RDONLY */
	};
	return pick(flags, linux_ref ? NFLAGS + 1 : NFLAGS);
}

/* Open fds and their access modes, so that a hostile buffer is only
 * given with an fd that can be used for the transfer: qemu-user checks
 * the buffer before the fd, Linux the fd before the buffer, and the
 * contract follows Linux. */
static long fdmode[8];          /* O_ACCMODE + 1, or 0 when closed */

static int is_usable(long fd, int write)
{
	long acc = fd >= 0 && fd < 8 ? fdmode[fd] - 1 : -1;
	return write ? acc == O_WRONLY || acc == O_RDWR : acc == O_RDONLY || acc == O_RDWR;
}

static long usable_fd(int write)
{
	for (int tries = 0; tries < 16; tries++) {
		long fd = 3 + (long)(next() % 5);
		if (is_usable(fd, write))
			return fd;
	}
	return -1;
}

static int fdpipe[8];

static void track_open(long fd, long flags)
{
	if (fd >= 0 && fd < 8) {
		fdmode[fd] = (flags & 3) + 1;
		fdpipe[fd] = 0;
	}
}

/* The pipes a sequence made: for an fd below 8, its pipe's number + 1.
 * What is known of each is an upper bound of the pages Linux's writes
 * took of its 16 (docs/DESIGN.md "Pipes"), so that no blocking write
 * waits there; and the bytes in it, to know when they are all gone. */
static struct pipe_state { long pages, bytes; } pipes[OPS];
static int npipes;

static void track_close(long fd, long r)
{
	if (r == 0 && fd >= 0 && fd < 8)
		fdmode[fd] = fdpipe[fd] = 0;
}

static struct pipe_state *pipe_of(long fd)
{
	return fd >= 0 && fd < 8 && fdpipe[fd] ? &pipes[fdpipe[fd] - 1] : 0;
}

static void track_transfer(long fd, int write, long r)
{
	struct pipe_state *p = pipe_of(fd);
	if (!p || r <= 0)
		return;
	p->bytes += write ? r : -r;
	p->pages = p->bytes == 0 ? 0 : p->pages + (write ? r / 4096 + 2 : 0);
}

struct pollfd { int fd; short events, revents; };

/* Whether a read or write of n bytes would wait on Linux: a read of an
 * empty pipe that has a writer, a write to a pipe whose 16 pages could be
 * full. The seed kernel never waits (docs/DESIGN.md "Pipes"): the read
 * is end of file there, the write goes in whole, where Linux would wait
 * for ever. Such a call is not made; with O_NONBLOCK both say EAGAIN. */
static int would_wait(long fd, int write, long n)
{
	struct pipe_state *p = pipe_of(fd);
	if (n == 0 || (syscall(SYS_fcntl, fd, (long)F_GETFL) & O_NONBLOCK))
		return 0;
	if (write)
		return p && p->pages + n / 4096 + 2 > 16;
	/* A read is asked of ppoll even for an fd not tracked as a pipe (seed
	 * 14's sequence 4100 against linux-vm read one and waited for ever):
	 * files and bad fds are always ready, an empty pipe with a writer not. */
	struct pollfd pf = { (int)fd, POLLIN, 0 };
	long ts[2] = { 0, 0 };
	return syscall(SYS_ppoll, (long)&pf, 1L, (long)ts, 0L, 0L) == 0;
}

/* read or write, or with an offset pread64 or pwrite64. A negative
 * offset only with a good buffer: Linux checks the offset first, qemu-user
 * the buffer. */
static long transfer(int write, int positional)
{
	static const long offs[] = { 0, 1, 4096, 5000, 1 << 20, -1 };
	long p, n, fd, off = offs[next() % 6];
	buf_arg(&p, &n);
	fd = fd_arg();
	/* A hostile buffer with an fd it can be used with: for qemu-user
	 * always (it checks the buffer first, Linux the fd). For Linux only a
	 * kernel address, which it refuses before moving a byte; the others
	 * it uses as far as they go (a short count, or 0 at the end of a
	 * file), where the seed kernel checks the whole buffer first
	 * (docs/DESIGN.md). */
	if (p != (long)buf && n > 0) {
		long usable = usable_fd(write);
		if (!linux_ref && (usable < 0 || (positional && pipe_of(usable))))
			return -1000; /* no fd to pair with a hostile buffer: skip (a
				       * pipe's ESPIPE comes first on Linux, EFAULT on qemu-user) */
		if (!linux_ref || (p == (long)0xffff000000001000UL && usable >= 0))
			fd = usable;
		else if (p != (long)&buf[1] && is_usable(fd, write))
			fd = -1;
	}
	if (!linux_ref && p != (long)buf && off < 0)
		off = 0;
	if (!positional && would_wait(fd, write, n))
		return -1000;
	if (positional)
		return call(write ? SYS_pwrite64 : SYS_pread64, fd, p, n, off);
	long r = call(write ? SYS_write : SYS_read, fd, p, n, 0L);
	track_transfer(fd, write, r);
	return r;
}

/* What stat says that both drivers agree on: the type, and for a file
 * its permission bits, size and links (not times, inode numbers, st_dev,
 * st_blocks, nor a directory's size, links or the run directory's mode). */
static void fold_stat(long r, const struct stat *st)
{
	if (r != 0)
		return;
	fold(st->mode & S_IFMT);
	if ((st->mode & S_IFMT) == S_IFREG) {
		fold(st->mode);
		fold(st->size);
		fold(st->nlink);
	}
}

/* getdents64 from the start of the directory: the names and types of the
 * entries, in any order (each file system has its own), when the buffer
 * holds them all; else only whether it worked. */
static long list_dir(void)
{
	static const long bad[] = { 0, 0x10, (long)0xffff000000001000UL };
	/* qemu-user: 0 bytes is ENOMEM */
	long fd = fd_arg(), n = (next() % 2) ? 4096 : (long)(next() % 64) + !linux_ref;
	/* for qemu-user good buffers only: it checks the whole buffer
	 * first, Linux each record as it fills it */
	long k = (long)(next() % 16), p = k > 3 ? (long)junk : (long)&junk[1];
	if (linux_ref && k < 3)
		p = bad[k];
	unsigned long sum = 0;
	sys_lseek((int)fd, 0, SEEK_SET); /* offsets are cookies, and differ */
	long r = call(SYS_getdents64, fd, p, n, 0L);
	if (r > 0 && n < 4096)
		r = 1;
	for (long at = 0; r > 1 && at < r;) {
		unsigned long h = 14695981039346656037UL;
		for (const char *c = (char *)p + at + 19; *c; c++)
			h = (h ^ (unsigned char)*c) * 1099511628211UL;
		sum += h * 31 + (unsigned char)((char *)p)[at + 18];
		at += *(unsigned short *)((char *)p + at + 16);
	}
	fold((long)sum);
	sys_lseek((int)fd, 0, SEEK_SET);
	return r;
}

/* pipe2, now and then after filling the fd table with pipes (the last
 * free fd is EMFILE for a pair; every filler is closed again). Flags
 * without O_DIRECT: packet mode is Linux's, EINVAL here. For qemu-user a
 * good fds pointer only: it makes the pipe and keeps both fds when it
 * cannot store them. */
static long pipe_op(void)
{
	static const long fl[] = { 0, 0, O_NONBLOCK, O_CLOEXEC, O_NONBLOCK | O_CLOEXEC, 1, O_RDWR };
	static const long bad[] = { 0, 0x10, (long)0xffff000000001000UL, (long)next };
	static int fds[2];
	long flags = pick(fl, 7), p = (long)fds;
	if (linux_ref && next() % 8 == 0)
		p = pick(bad, 4);
	if (next() % 32 == 0) {
		static int fill[1024];
		long n = 0, r;
		while ((r = sys_pipe(fds)) == 0 && n < 1020) {
			fill[n++] = fds[0];
			fill[n++] = fds[1];
		}
		fold(r);
		fold(n);
		r = call(SYS_pipe2, p, flags, 0L, 0L);
		fold(r);
		if (r == 0 && p == (long)fds) {
			sys_close(fds[0]);
			sys_close(fds[1]);
		}
		while (n > 0)
			sys_close(fill[--n]);
		return r;
	}
	fds[0] = fds[1] = -7;
	long r = call(SYS_pipe2, p, flags, 0L, 0L);
	if (r == 0 && p == (long)fds) {
		fold(fds[0]);
		fold(fds[1]);
		track_open(fds[0], O_RDONLY);
		track_open(fds[1], O_WRONLY);
		if (fds[0] < 8 && fds[1] < 8) {
			pipes[npipes].pages = pipes[npipes].bytes = 0;
			fdpipe[fds[0]] = fdpipe[fds[1]] = ++npipes;
		}
	}
	return r;
}

/* ppoll of up to 3 fds, never one that would wait: with no timeout only
 * when a zero timeout finds one ready (the seed kernel never waits:
 * docs/DESIGN.md). Bad pointers, times and mask sizes; for qemu-user one
 * at a time: it reads the fds first, Linux the timeout, then the mask. */
static long poll_op(void)
{
	static const short events[] = { POLLIN, POLLOUT, POLLIN | POLLOUT, 0 };
	static const long bad[] = { 0, 0x10, (long)0xffff000000001000UL };
	static struct pollfd pf[3];
	long ts[2] = { 0, 0 }, mask = 1L << 12, nfds = (long)(next() % 4);
	long pfp = (long)pf, tsp = (long)ts, maskp = 0, size = 8, k = (long)(next() % 16);
	if (linux_ref && next() % 16 == 0) /* qemu-user: EFAULT, reading them first */
		nfds = 1 << 20;
	for (int i = 0; i < 3; i++) {
		pf[i].fd = (int)fd_arg();
		pf[i].events = events[next() % 4];
	}
	/* The mask is the one blocked now, with SIGPIPE: a mask that unblocks
	 * a pending signal makes Linux's ppoll return EINTR and deliver it;
	 * the seed kernel, which never waits, checks the mask but does not use
	 * it (kernel/file.c, sys_ppoll; docs/RELIABILITY.md). */
	syscall(SYS_rt_sigprocmask, 0L, 0L, (long)&mask, 8L);
	mask |= 1L << 12;
	if (next() % 2)
		maskp = (long)&mask;
	switch (k) {
	case 0: /* qemu-user: a kernel address for 0 fds is good, Linux not */
		pfp = bad[next() % 3];
		if (!linux_ref && nfds == 0 && pfp == bad[2])
			nfds = 1;
		break;
	case 1: tsp = bad[1 + next() % 2]; break;
	case 2: ts[0] = -1; break;
	case 3: ts[1] = 1000000000; break;
	case 4: maskp = bad[1 + next() % 2]; break;
	case 5: maskp = (long)&mask; size = 16; break;
	case 6: ts[1] = 1000; break;
	}
	if (linux_ref && k == 6 && next() % 2)
		pfp = bad[next() % 3];
	if (k >= 7 && next() % 2) { /* no timeout, where something is ready */
		for (int i = 0; i < 3; i++)
			pf[i].revents = 0;
		if (syscall(SYS_ppoll, pfp, nfds, tsp, 0L, 0L) > 0)
			tsp = 0;
	}
	for (int i = 0; i < 3; i++)
		pf[i].revents = 0x7777;
	call(4998, pfp, nfds, tsp, maskp); /* only to record the arguments */
	long r = syscall(SYS_ppoll, pfp, nfds, tsp, maskp, size);
	for (int i = 0; r >= 0 && i < nfds && i < 3; i++)
		fold(pf[i].revents);
	return r;
}

/* utimensat: checked, no time compared. A NULL path is the fd itself.
 * For qemu-user, which reads the path before the flags and times, a bad
 * flag or time only with a good path. */
static long utimens_op(void)
{
	static const long fl[] = { 0, 0, 0x100 /* AT_SYMLINK_NOFOLLOW */, AT_EMPTY_PATH, 4 };
	static const long bad[] = { 0x10, (long)0xffff000000001000UL };
	long ts[4] = { 0, (1L << 30) - 1, 5, (1L << 30) - 2 };
	long flags = pick(fl, 5), k = (long)(next() % 8), tsp = k ? (long)ts : 0;
	long path = (next() % 8) ? path_arg() : 0;
	if (k == 1)
		ts[1] = 1000000000;
	else if (k == 2)
		ts[3] = -1;
	else if (k == 3)
		tsp = bad[next() % 2];
	if (!linux_ref && (flags == 4 || k == 1 || k == 2) && path && !is_path(path))
		path = (long)paths[next() % NPATH];
	return call(SYS_utimensat, fd_arg(), path, tsp, flags);
}

/* Anonymous private memory, and what a sequence has of it. No MAP_FIXED,
 * MAP_SHARED or file: the seed kernel refuses them (docs/DESIGN.md). */
static struct { char *p; long len; } maps[OPS];
static int nmaps;

/* A child that touches p: its status (SIGSEGV once unmapped). */
static long touch(char *p, int write)
{
	long pid = sys_fork();
	int status = -1;
	if (pid == 0) {
		if (write)
			*(volatile char *)p = 1;
		sys_exit(*(volatile char *)p);
	}
	sys_wait4((int)pid, &status, 0, 0);
	return status;
}

static long mmap_op(void)
{
	static const long lens[] = { 1, 4096, 5000, 65536, 1 << 20, 0, -1, -4096 };
	static const long prots[] = { 3, 3, 1, 0, 7, 3 | 0x10 };
	static const long fl[] = { 0x22, 0x22, 0x22 | 0x4000, 0x22 | 0x20000, 0x22 | 0x8000, 0x20 };
	long len = pick(lens, linux_ref ? 8 : 6), prot = pick(prots, 6), flags = pick(fl, 6);
	long fd = (next() % 4) ? -1 : fd_arg(), off = (next() % 8) ? 0 : (next() % 2) ? 1 : 4096;
	call(4997, 0L, len, prot, flags); /* only to record the arguments */
	long r = syscall(SYS_mmap, 0L, len, prot, flags, fd, off);
	if (r < 0 && r > -4096)
		return r;
	char *p = (char *)r;
	maps[nmaps].p = p;
	maps[nmaps++].len = len;
	if (prot & 2) {
		p[0] = 5;
		p[len - 1] = 6;
	}
	if (prot)
		fold(p[0] + p[len - 1] + p[len / 2]);
	fold(touch(p + len - 1, (int)(next() % 2)));
	return 1;
}

/* munmap of what mmap gave, whole or in part, or with a bad address or
 * length; then a child touches it. Only inside what mmap gave: the seed
 * kernel says EINVAL elsewhere, where Linux unmaps whatever is there. */
static long munmap_op(void)
{
	if (nmaps == 0)
		return -1000;
	int i = (int)(next() % nmaps);
	char *p = maps[i].p;
	long len = maps[i].len, at = 0;
	switch (next() % 6) {
	case 0: len = 4096; break;
	case 1: at = 1; break;
	case 2: len = 0; break;
	case 3: at = (len - 1) & -4096L; len = 4096; break;
	}
	long r = call(SYS_munmap, (long)p + at, len, 0L, 0L);
	fold(touch(p + at, (int)(next() % 2)));
	return r;
}

/* What a vfork child writes for its parent to see: under qemu-user, which
 * makes vfork a fork, it never does (docs/RELIABILITY.md). */
static volatile long shared;

long vfork_raw(void);
__asm__(".text\n.globl vfork_raw\n.type vfork_raw, %function\nvfork_raw:\n"
	"\tmov x0, #0x4111\n\tmov x1, #0\n\tmov x8, #220\n\tsvc #0\n\tret\n");

/* The child of vfork_op, on its parent's stack below the caller's frame:
 * it returns from nothing and ends with _exit or an exec. */
static void __attribute__((noreturn, noinline)) vfork_child(long what, long fd)
{
	/* The program itself: /proc/self/exe under qemu-user (and the seed
	 * kernel; tests/contract/proc_self_exe.c covers it). The linux-vm
	 * driver chroots the program into its run directory, which has no
	 * /proc (one there would show in the sequences' directory listings,
	 * unlike the seed kernel's), so with Linux as the reference the child
	 * execs /fuzz, the name tests/fuzz/run gives the program at the root
	 * of the run directory (absolute: the sequences chdir). */
	const long self = linux_ref ? (long)"/fuzz" : (long)"/proc/self/exe";
	static char *const fdsv[] = { "fuzz", "fds", 0 };
	static char *const none[] = { 0 };
	static const long bad[] = { 0x10, (long)0xffff000000001000UL };
	long r = 0;
	switch (what) {
	case 0: r = sys_execve((const char *)self, fdsv, none); break;
	case 1: r = syscall(SYS_execve, self, bad[fd & 1], (long)none); break;
	case 2: r = syscall(SYS_execve, self, (long)fdsv, bad[fd & 1]); break;
	case 3: r = sys_write((int)fd, "vfork", 5); break;
	case 4: r = syscall(SYS_execve, fd, (long)fdsv, (long)none); break; /* fd: a path */
	case 5: /* Linux only: the parent sees the child's memory */
		shared = syscall(SYS_mmap, 0L, 4096L, 3L, 0x22L, -1L, 0L);
		if (shared > 0)
			*(long *)shared = 77;
		break;
	case 6: shared = 1 + sys_brk(0) - (long)heap_end; break;
	case 7: r = syscall(SYS_execve, self, 0L, (long)none); break;
	}
	sys_exit((int)(r & 0xff));
}

/* vfork (clone(CLONE_VM | CLONE_VFORK)): the child execs this program
 * (which says which fds it kept: O_CLOEXEC), fails to exec with bad
 * arguments, or writes to an fd (a pipe with no reader: SIGPIPE). With
 * Linux as the reference it also writes memory its parent reads, and
 * execs with a NULL argv (qemu-user does not pass that on). */
static long vfork_op(void)
{
	long what = (long)(next() % (linux_ref ? 8 : 5)), fd = fd_arg();
	if (what == 4) /* chosen here: a vfork child's choices are not its parent's under qemu-user */
		fd = path_arg();
	struct pipe_state *p = pipe_of(fd);
	if (what == 3 && p && p->pages + 2 > 16)
		return -1000;
	shared = 0;
	long pid = vfork_raw();
	if (pid == 0)
		vfork_child(what, fd);
	int status = -1;
	long r = sys_wait4((int)pid, &status, 0, 0);
	if (what == 3 && status >= 0 && status < 0x600)
		track_transfer(fd, 1, status >> 8);
	if (linux_ref) {
		fold(shared > 0 && what == 5 ? *(long *)shared : shared);
		if (what == 5 && shared > 0)
			syscall(SYS_munmap, shared, 4096L);
	}
	return (r == pid) * 100000 + status;
}

static long one_call(int *name)
{
	/* Up to 1 GiB: the seed kernel holds a file's page index in memory, so a
	 * write at a terabyte is ENOSPC there (docs/DESIGN.md), not a sparse file. */
	static const long offs[] = { 0, 1, -1, 4095, 4096, 1 << 20, -(1L << 62), 1L << 30 };
	static const long modes[] = { 0644, 0755, 0600, 0, 07777, 0444 };
	long r, fd, flags, mode;
	static const long statbufs[] = { 0, 0x10, (long)0xffff000000001000UL };
	static struct stat st;
	long sb = (next() % 8) ? (long)&st : statbufs[next() % 3];
	switch (next() % KINDS) {
	case 0: *name = SYS_openat;
		flags = flags_arg();
		r = call(SYS_openat, fd_arg(), path_arg(), flags, pick(modes, 6));
		track_open(r, flags);
		return r;
	case 1: *name = SYS_close;
		fd = fd_arg();
		r = call(SYS_close, fd, 0L, 0L, 0L);
		track_close(fd, r);
		return r;
	case 2: *name = SYS_read;
		memset(buf, 0, sizeof buf);
		r = transfer(0, 0);
		for (long i = 0; i < r && i < (long)sizeof buf; i++)
			fold(buf[i]);
		return r;
	case 3: *name = SYS_write;
		return transfer(1, 0);
	case 4: *name = SYS_lseek;
		{ /* Where a directory ends, and SEEK_DATA/SEEK_HOLE on one, are the
		   * host file system's choice: no SEEK_END on a directory (a read
		   * of 0 bytes says EISDIR, as under Linux), no SEEK_DATA. */
		static const long whences[] = { SEEK_SET, SEEK_CUR, SEEK_END, 5 };
		long whence = pick(whences, 4);
		fd = fd_arg();
		if (whence == SEEK_END && sys_read((int)fd, buf, 0) == -21)
			whence = SEEK_SET;
		return call(SYS_lseek, fd, pick(offs, 8), whence, 0L);
		}
	case 5: *name = SYS_unlinkat;
		return call(SYS_unlinkat, fd_arg(), path_arg(), (long)((next() % 3) ? 0 : 0x200), 0L);
	case 6: *name = SYS_mkdirat; return call(SYS_mkdirat, fd_arg(), path_arg(), 0755L, 0L);
	case 7: *name = SYS_faccessat; /* for qemu-user a bad mode with a good path */
		mode = (long)(next() % 9); /* only: Linux checks the mode first, qemu-user not */
		return call(SYS_faccessat, fd_arg(), mode > 7 && !linux_ref ? (long)paths[0] : path_arg(),
			    mode, 0L);
	case 8: *name = SYS_chdir; return call(SYS_chdir, path_arg(), 0L, 0L, 0L);
	case 9: *name = SYS_fchmod; return call(SYS_fchmod, fd_arg(), pick(modes, 6), 0L, 0L);
	case 10: *name = SYS_fchmodat;
		return call(SYS_fchmodat, fd_arg(), path_arg(), pick(modes, 6), 0L);
	case 11: *name = SYS_brk; {
		/* For qemu-user growth only: it keeps memory mapped when brk
		 * shrinks (Linux does not), which would make heap_end's
		 * neighbourhood differ. Shrinking is in tests/contract/brk.c. */
		static const long deltas[] = { 0, 1, 4096, 1 << 20, 0, 1L << 46, -4096, -8192, -(1L << 30) };
		long b = call(SYS_brk, 0L, 0L, 0L, 0L);
		long r = call(SYS_brk, b + pick(deltas, linux_ref ? 9 : 6), 0L, 0L, 0L);
		return r - b;
	}
	case 12: *name = SYS_fchdir; return call(SYS_fchdir, fd_arg(), 0L, 0L, 0L);
	case 13: *name = SYS_clone; { /* a child that exits at once; pids differ */
		long code = (long)(next() % 300), pid = sys_fork();
		int status = -1;
		if (pid == 0)
			sys_exit((int)code);
		r = call(SYS_wait4, pid, (long)&status, 0L, 0L);
		return (r == pid) * 100000 + status;
	}
	case 14: *name = SYS_execve; { /* no name in the pool is a program; a good
		 * argv only: qemu-user reads it before the path, Linux after */
		char *argv[] = { "x", 0 };
		return call(SYS_execve, path_arg(), (long)argv, 0L, 0L);
	}
	case 15: *name = SYS_waitid; { /* nothing to wait for, or bad arguments */
		static const long types[] = { P_ALL, P_PID, 2, 7 };
		return call(SYS_waitid, pick(types, 4), (long)(next() % 3), 0L,
			    (long)((next() % 2) ? WEXITED : 0));
	}
	case 16: *name = SYS_pread64;
		memset(buf, 0, sizeof buf);
		r = transfer(0, 1);
		for (long i = 0; i < r && i < (long)sizeof buf; i++)
			fold(buf[i]);
		return r;
	case 17: *name = SYS_pwrite64; return transfer(1, 1);
	case 18: *name = SYS_fstat;
		r = call(SYS_fstat, fd_arg(), sb, 0L, 0L);
		fold_stat(r, &st);
		return r;
	case 19: *name = SYS_newfstatat; { /* a bad flag only with a good path:
		 * Linux reads the path first, then the flags */
		static const long fl[] = { 0, 0, AT_EMPTY_PATH, 0x100, 4 };
		flags = pick(fl, 5);
		r = call(SYS_newfstatat, fd_arg(), flags == 4 ? (long)paths[0] : path_arg(), sb, flags);
		fold_stat(r, &st);
		return r;
	}
	case 20: *name = SYS_getdents64; return list_dir();
	case 21: *name = SYS_ftruncate; {
		static const long lens[] = { 0, 1, 5000, 1 << 20, -1 };
		return call(SYS_ftruncate, fd_arg(), pick(lens, 5), 0L, 0L);
	}
	case 22: *name = SYS_renameat2; { /* no RENAME_EXCHANGE: Linux has it. For
		 * qemu-user, which reads both names before anything else, a bad
		 * flag only with good names (Linux checks flags first), and a bad
		 * second name only with a bad first one (Linux looks up the first
		 * name's directory before it reads the second name) */
		static const long fl[] = { 0, 0, RENAME_NOREPLACE, 8 };
		flags = pick(fl, 4);
		long from = flags == 8 && !linux_ref ? (long)paths[next() % NPATH] : path_arg();
		long to = flags == 8 && !linux_ref ? (long)paths[next() % NPATH] : path_arg();
		long fd1 = fd_arg(), fd2 = fd_arg();
		if (!linux_ref && !is_path(to))
			from = 0;
		if (next() % 4 == 0)
			return call(SYS_renameat, fd1, from, fd2, to);
		call(4999, fd1, from, fd2, to); /* only to record the arguments */
		return syscall(SYS_renameat2, fd1, from, fd2, to, flags);
	}
	case 23: *name = SYS_umask; {
		static const long masks[] = { 0, 022, 077, 0777, 01777 };
		return call(SYS_umask, pick(masks, 5), 0L, 0L, 0L);
	}
	case 24: *name = SYS_readlinkat; { /* for qemu-user a good buffer, and size 0
		 * with a good path only: qemu-user checks both first (a size of -1
		 * makes the buffer bad), Linux the size */
		static const long sizes[] = { 0, 16, -1, 4096 };
		static const long bufs[] = { (long)buf, 0, 0x10, (long)0xffff000000001000UL };
		long size = pick(sizes, linux_ref ? 4 : 2), p = pick(bufs, linux_ref ? 4 : 1);
		long path = size > 0 || linux_ref ? path_arg() : (long)paths[next() % NPATH];
		return call(SYS_readlinkat, fd_arg(), path, p, size);
	}
	case 25: *name = SYS_getuid + (int)(next() % 4);
		return call(*name, 0L, 0L, 0L, 0L);
	case 26: *name = SYS_clock_gettime; { /* results only: times differ */
		static const long ids[] = { 0, 1, 5, 11, 10, 12, -1 };
		return call(SYS_clock_gettime, pick(ids, 7), (next() % 4) ? (long)junk : statbufs[next() % 3], 0L, 0L);
	}
	case 27: *name = SYS_prlimit64; { /* values only of what the runner sets */
		static const long res[] = { 7, 4, 3, 0, 16, 7 };
		unsigned long *lim = (unsigned long *)junk, set[2] = { 1024, 1024 };
		long which = pick(res, 6), setp = which == 7 && next() % 2 ? (long)set : 0;
		lim[0] = lim[1] = 0;
		r = call(SYS_prlimit64, 0L, which, setp, (next() % 4) ? (long)lim : statbufs[next() % 3]);
		if (which == 7 || which == 4) {
			fold((long)lim[0]);
			fold((long)lim[1]);
		}
		return r;
	}
	case 28: *name = SYS_getrandom; { /* a bad flag only with a good buffer */
		static const long fl[] = { 0, 1, 2, 6, 8 };
		flags = pick(fl, 5);
		long p, n;
		buf_arg(&p, &n);
		/* qemu-user refuses NULL even for 0 bytes, Linux not */
		if (p == (long)buf || p == (long)&buf[1] || p == (long)heap_end - 50 || (n == 0 && !linux_ref))
			p = (long)junk;
		return call(SYS_getrandom, flags > 2 ? (long)junk : p, n, flags, 0L);
	}
	case 29: *name = SYS_rt_sigaction; { /* for qemu-user never SIGKILL or SIGSTOP
		 * in a mask, nor SA_NOCLDWAIT: it keeps the signals there, Linux
		 * drops them; it drops the flag */
		static const long sigs[] = { 10, 15, 17, 9, 0, 65, 13 };
		static const unsigned long acts[][4] = { { 0, 0, 0, 0 }, { 1, 0, 0, 1UL << 11 },
			{ 0, 2 /* SA_NOCLDWAIT */, 0, (1UL << 8) | (1UL << 18) } };
		unsigned long old[4] = { 7, 7, 7, 7 };
		long act = (next() % 3) ? (long)acts[next() % (linux_ref ? 3 : 2)] : 0;
		r = call(SYS_rt_sigaction, pick(sigs, 7), act, (long)old, (next() % 8) ? 8L : 16L);
		fold((long)old[0]);
		fold((long)old[3]);
		return r;
	}
	case 30: *name = SYS_rt_sigprocmask; {
		static const unsigned long sets[] = { 0, 1UL << 9, (1UL << 14) | (1UL << 11), 1UL << 16 };
		unsigned long old = 7, set = sets[next() % 4];
		long how = (long)(next() % 4) + ((next() % 8) ? 0 : 4); /* 0-2, or bad */
		r = call(SYS_rt_sigprocmask, how, (next() % 4) ? (long)&set : 0L, (long)&old, 8L);
		fold((long)old);
		return r;
	}
	case 31: *name = SYS_kill; { /* this process only (kill(0) or kill(-1)
		 * would reach the fuzzer, or under the linux driver the host) */
		static const long sigs[] = { 0, 17, 28, 10, 15, 65, 0 };
		long sig = pick(sigs, 7), pid = sys_getpid();
		switch (next() % 4) {
		case 0: return call(SYS_kill, pid, sig, 0L, 0L);
		case 1: return call(SYS_tgkill, pid, pid, sig, 0L);
		case 2: return call(SYS_tkill, pid, sig, 0L, 0L);
		default: return call(SYS_kill, 0x7ffffff0L, 0L, 0L, 0L);
		}
	}
	case 32: *name = SYS_wait4; { /* a child, waited for by its group */
		long pid = sys_fork();
		int status = -1;
		if (pid == 0)
			sys_exit(3);
		static const long ids[] = { 0, -1, -0x7ffffff0L };
		long id = pick(ids, 3);
		r = call(SYS_wait4, id, (long)&status, 0L, 0L);
		if (r != pid)
			sys_wait4((int)pid, &status, 0, 0);
		return (r == pid) * 100000 + (r < 0 ? r : status);
	}
	case 33: *name = SYS_pipe2; return pipe_op();
	case 34: *name = SYS_ppoll; return poll_op();
	case 35: *name = SYS_utimensat; return utimens_op();
	case 36: *name = SYS_mmap; return mmap_op();
	case 37: *name = SYS_munmap; return munmap_op();
	case 38: *name = SYS_clone + 1000; return vfork_op();
	default: *name = 4000 + (int)(next() % 100); return call(*name, 0L, 0L, 0L, 0L);
	}
}

static void sequence(long seq)
{
	int name;
	for (int i = 0; i < OPS; i++) {
		long r = one_call(&name);
		fold(name);
		fold(r);
		if (seq == verbose) {
			put("call ");
			put_num(name);
			for (int a = 0; a < 4; a++) {
				put(" ");
				put_num(args[a]);
				for (int k = 0; k < NPATH; k++)
					if (args[a] == (long)paths[k]) {
						put("=\"");
						put(paths[k]);
						put("\"");
					}
			}
			put(" = ");
			put_num(r);
			put(" hash ");
			put_num((long)(hash >> 1));
			put("\n");
		}
	}
}

/* Files the sequences leave behind are removed, so each starts alike. */
static void clean(void)
{
	for (int pass = 0; pass < 3; pass++)
		for (int i = NPATH - 1; i >= 0; i--) {
			sys_unlinkat(AT_FDCWD, paths[i], 0);
			sys_unlinkat(AT_FDCWD, paths[i], 0x200);
		}
	sys_unlinkat(AT_FDCWD, "??", 0);
	sys_unlinkat(AT_FDCWD, "??", 0x200);
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "linux") == 0) {
		linux_ref = 1;
		argc--;
		argv++;
	}
	if (argc == 2 && strcmp(argv[1], "fds") == 0) { /* exec'd by vfork_op */
		int kept = 0;
		for (long fd = 3; fd < 8; fd++)
			kept |= (syscall(SYS_fcntl, fd, (long)F_GETFD) >= 0) << fd;
		return kept >> 3;
	}
	if (argc < 3)
		return 2;
	long seed = parse_num(argv[1]), count = parse_num(argv[2]);
	if (argc > 3)
		verbose = parse_num(argv[3]);
	char *b = (char *)sys_brk(0);
	heap_end = b + 8192;
	if (sys_brk(heap_end) != (long)heap_end)
		return 3;
	heap_end[-1] = '?';
	heap_end[-2] = '?';
	for (current = 0; current < count; current++) {
		rng = (unsigned long)(seed * 1000003 + current) * 2654435761UL + 1;
		long pid = sys_fork();
		if (pid == 0) {
			hash = 14695981039346656037UL;
			memset(fdmode, 0, sizeof fdmode);
			memset(fdpipe, 0, sizeof fdpipe);
			sequence(current);
			char line[64];
			put("seq ");
			put(fmt_num(line, current));
			put(" hash ");
			put(fmt_num(line, (long)(hash >> 1)));
			put("\n");
			sys_exit(0);
		}
		int status;
		sys_wait4(pid, &status, 0, 0);
		if (status) {
			put("seq ");
			put_num(current);
			put(" status ");
			put_num(status);
			put("\n");
		}
		clean();
	}
	return 0;
}

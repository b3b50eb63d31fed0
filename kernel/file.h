/* File descriptors and the file system calls. An open file description
 * (struct ofile) is shared by the fds that dup or fork made from it, so
 * a child's writes move its parent's offset, as on Linux. */
#ifndef FILE_H
#define FILE_H

#include "abi.h"
#include "param.h"
#include "tmpfs.h"

enum ofkind { OF_FILE, OF_DIR, OF_NULL, OF_CONSOLE, OF_PIPE };

struct ofile {
	enum ofkind kind;
	int flags;              /* open flags */
	int refs;
	int stream;             /* OF_CONSOLE: HOST_STDOUT or HOST_STDERR */
	u64 off;
	struct inode *ip;
	struct pipe *pipe;      /* OF_PIPE: either end, by the access mode */
};

struct fdtable {
	struct ofile *f[NOFILE];
	u8 cloexec[NOFILE];
};

struct proc;
struct ofile *ofile_new(enum ofkind kind, int flags, struct inode *ip);
void ofile_put(struct ofile *f);
/* f on curproc's lowest free fd, which takes over f's reference: the fd
 * or -EMFILE. */
int fd_install(struct ofile *f, int cloexec);
int fd_init(struct proc *p);            /* 0: /dev/null, 1 and 2: console */
int fd_copy(struct proc *dst, struct proc *src);
void fd_close_all(struct proc *p);
void fd_close_on_exec(struct proc *p);
/* What ends a path: a name, or what makes it name a directory (the
 * *last of path_resolve; anything but LAST_NAME means "a directory"). */
enum { LAST_NAME, LAST_SLASH, LAST_DOT, LAST_DOTDOT };
/* The normalised name of path relative to dirfd: 0 or -errno. */
int path_resolve(int dirfd, const char *path, char *out, u32 *outlen, int *last);
int path_from_user(int dirfd, u64 upath, char *out, u32 *outlen, int *last);

long sys_openat(const u64 *arg, struct trapframe *tf);
long sys_close(const u64 *arg, struct trapframe *tf);
long sys_read(const u64 *arg, struct trapframe *tf);
long sys_write(const u64 *arg, struct trapframe *tf);
long sys_readv(const u64 *arg, struct trapframe *tf);
long sys_writev(const u64 *arg, struct trapframe *tf);
long sys_lseek(const u64 *arg, struct trapframe *tf);
long sys_unlinkat(const u64 *arg, struct trapframe *tf);
long sys_mkdirat(const u64 *arg, struct trapframe *tf);
long sys_faccessat(const u64 *arg, struct trapframe *tf);
long sys_chdir(const u64 *arg, struct trapframe *tf);
long sys_fchdir(const u64 *arg, struct trapframe *tf);
long sys_getcwd(const u64 *arg, struct trapframe *tf);
long sys_fchmod(const u64 *arg, struct trapframe *tf);
long sys_fchmodat(const u64 *arg, struct trapframe *tf);
long sys_ioctl(const u64 *arg, struct trapframe *tf);
long sys_dup(const u64 *arg, struct trapframe *tf);
long sys_dup3(const u64 *arg, struct trapframe *tf);
long sys_fcntl(const u64 *arg, struct trapframe *tf);
long sys_pread64(const u64 *arg, struct trapframe *tf);
long sys_pwrite64(const u64 *arg, struct trapframe *tf);
long sys_umask(const u64 *arg, struct trapframe *tf);
long sys_fstat(const u64 *arg, struct trapframe *tf);
long sys_newfstatat(const u64 *arg, struct trapframe *tf);
long sys_getdents64(const u64 *arg, struct trapframe *tf);
long sys_ftruncate(const u64 *arg, struct trapframe *tf);
long sys_renameat(const u64 *arg, struct trapframe *tf);
long sys_renameat2(const u64 *arg, struct trapframe *tf);
long sys_readlinkat(const u64 *arg, struct trapframe *tf);
long sys_ppoll(const u64 *arg, struct trapframe *tf);
long sys_utimensat(const u64 *arg, struct trapframe *tf);

#endif

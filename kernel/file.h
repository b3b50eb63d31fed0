/* File descriptors and the file system calls. An open file description
 * (struct ofile) is shared by the fds that dup or fork made from it, so
 * a child's writes move its parent's offset, as on Linux. */
#ifndef FILE_H
#define FILE_H

#include "abi.h"
#include "param.h"
#include "tmpfs.h"

enum ofkind { OF_FILE, OF_DIR, OF_NULL, OF_CONSOLE };

struct ofile {
	enum ofkind kind;
	int flags;              /* open flags */
	int refs;
	int stream;             /* OF_CONSOLE: HOST_STDOUT or HOST_STDERR */
	u64 off;
	struct inode *ip;
};

struct fdtable {
	struct ofile *f[NOFILE];
	u8 cloexec[NOFILE];
};

struct proc;
int fd_init(struct proc *p);            /* 0: /dev/null, 1 and 2: console */
int fd_copy(struct proc *dst, struct proc *src);
void fd_close_all(struct proc *p);
void fd_close_on_exec(struct proc *p);
/* The normalised name of path relative to dirfd: 0 or -errno. */
int path_resolve(int dirfd, const char *path, char *out, u32 *outlen, int *must_be_dir);
int path_from_user(int dirfd, u64 upath, char *out, u32 *outlen, int *must_be_dir);

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

#endif

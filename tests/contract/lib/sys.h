/* The contract's syscalls, called directly with svc #0. Every wrapper
 * returns what the kernel returned: a result, or -errno as Linux does.
 * The numbers here are the tests' own copy, on purpose: they are the
 * oracle, and must not come from the headers the kernel is built with. */
#ifndef SYS_H
#define SYS_H

#define SYS_getcwd	17
#define SYS_mkdirat	34
#define SYS_unlinkat	35
#define SYS_faccessat	48
#define SYS_chdir	49
#define SYS_fchdir	50
#define SYS_fchmod	52
#define SYS_fchmodat	53
#define SYS_openat	56
#define SYS_close	57
#define SYS_lseek	62
#define SYS_read	63
#define SYS_write	64
#define SYS_exit	93
#define SYS_exit_group	94
#define SYS_waitid	95
#define SYS_uname	160
#define SYS_getpid	172
#define SYS_getppid	173
#define SYS_brk		214
#define SYS_clone	220
#define SYS_execve	221
#define SYS_wait4	260
#define SYS_renameat	38
#define SYS_ftruncate	46
#define SYS_getdents64	61
#define SYS_pread64	67
#define SYS_pwrite64	68
#define SYS_readlinkat	78
#define SYS_newfstatat	79
#define SYS_fstat	80
#define SYS_clock_gettime 113
#define SYS_kill	129
#define SYS_tkill	130
#define SYS_tgkill	131
#define SYS_rt_sigaction 134
#define SYS_rt_sigprocmask 135
#define SYS_umask	166
#define SYS_getuid	174
#define SYS_geteuid	175
#define SYS_getgid	176
#define SYS_getegid	177
#define SYS_gettid	178
#define SYS_prlimit64	261
#define SYS_renameat2	276
#define SYS_getrandom	278
#define SYS_mprotect	226
#define SYS_dup3	24
#define SYS_fcntl	25
#define SYS_pipe2	59

#define AT_FDCWD	(-100)
#define AT_REMOVEDIR	0x200
#define AT_EMPTY_PATH	0x1000
#define RENAME_NOREPLACE 1
#define S_IFMT		0170000
#define S_IFDIR		0040000
#define S_IFCHR		0020000
#define S_IFREG		0100000
#define S_IFIFO		0010000
#define O_RDONLY	0
#define O_WRONLY	1
#define O_RDWR		2
#define O_CREAT		0100
#define O_EXCL		0200
#define O_TRUNC		01000
#define O_APPEND	02000
#define O_NONBLOCK	04000
#define O_CLOEXEC	02000000
#define F_GETFD		1
#define F_GETFL		3
#define F_SETFL		4
#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2
#define F_OK		0
#define X_OK		1
#define W_OK		2
#define R_OK		4

#define SIGILL		4
#define SIGBUS		7
#define SIGSEGV		11
#define SIGPIPE		13
#define SIGCHLD		17
#define P_ALL		0
#define P_PID		1
#define WEXITED		4
#define CLD_EXITED	1
#define CLD_KILLED	2

#define AT_NULL		0
#define AT_PAGESZ	6
#define AT_RANDOM	25

#define ENOENT		2
#define ENOEXEC		8
#define EBADF		9
#define ECHILD		10
#define EACCES		13
#define EFAULT		14
#define EEXIST		17
#define ENOTDIR		20
#define EISDIR		21
#define EINVAL		22
#define ERANGE		34
#define ENAMETOOLONG	36
#define ENOSYS		38
#define ENOTEMPTY	39
#define ESRCH		3
#define ENOMEM		12
#define EBUSY		16
#define ESPIPE		29
#define E2BIG		7
#define EAGAIN		11
#define EMFILE		24
#define EPIPE		32

typedef unsigned long size_t;

/* The fields of Linux's siginfo_t that waitid fills for a child. */
struct siginfo {
	int signo;	/* offset 0 */
	int errno_;
	int code;	/* offset 8 */
	int pad;
	int pid;	/* offset 16 */
	int uid;
	int status;	/* offset 24 */
	int rest[25];	/* 128 bytes in all */
};

struct utsname {
	char sysname[65], nodename[65], release[65], version[65], machine[65],
	     domainname[65];
};

/* struct stat of the generic ABI (aarch64's) */
struct stat {
	unsigned long dev, ino;
	unsigned int mode, nlink, uid, gid;
	unsigned long rdev, pad1;
	long size;
	int blksize, pad2;
	long blocks;
	long times[6];
	unsigned int unused[2];
};

long syscall(long n, ...);

long sys_read(int fd, void *buf, size_t n);
long sys_write(int fd, const void *buf, size_t n);
long sys_openat(int dirfd, const char *path, int flags, int mode);
long sys_open(const char *path, int flags, int mode);	/* openat(AT_FDCWD) */
long sys_close(int fd);
long sys_lseek(int fd, long off, int whence);
long sys_brk(void *addr);
long sys_unlinkat(int dirfd, const char *path, int flags);
long sys_unlink(const char *path);			/* unlinkat(AT_FDCWD) */
void sys_exit(int status) __attribute__((noreturn));
void sys_exit_group(int status) __attribute__((noreturn));
long sys_fork(void);					/* clone(SIGCHLD) */
long sys_execve(const char *path, char *const argv[], char *const envp[]);
long sys_waitid(int idtype, int id, struct siginfo *si, int options);
long sys_wait4(int pid, int *status, int options, void *rusage);
long sys_faccessat(int dirfd, const char *path, int mode);
long sys_chdir(const char *path);
long sys_fchdir(int fd);
long sys_getcwd(char *buf, size_t size);
long sys_uname(struct utsname *u);
long sys_fchmod(int fd, int mode);
long sys_fchmodat(int dirfd, const char *path, int mode);
long sys_mkdirat(int dirfd, const char *path, int mode);
long sys_getpid(void);
long sys_getppid(void);
long sys_pipe(int fd[2]);				/* pipe2(fd, 0) */
long sys_dup2(int old, int new_);			/* dup3(old, new, 0) */

/* Set up by start_c from the initial stack. */
extern long *start_sp;		/* sp as the kernel handed it over */
extern char **environ;
extern unsigned long *auxv;	/* pairs of (type, value), AT_NULL last */

/* The compiler may emit calls to these. */
void *memset(void *d, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n);
void *memmove(void *d, const void *s, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);

#endif

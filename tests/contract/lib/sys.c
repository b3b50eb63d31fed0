/* Syscall wrappers: aarch64, number in x8, arguments in x0..x5, result in x0. */
#include <stdarg.h>
#include "sys.h"

long syscall(long n, ...)
{
	va_list ap;
	va_start(ap, n);
	register long x0 __asm__("x0") = va_arg(ap, long);
	register long x1 __asm__("x1") = va_arg(ap, long);
	register long x2 __asm__("x2") = va_arg(ap, long);
	register long x3 __asm__("x3") = va_arg(ap, long);
	register long x4 __asm__("x4") = va_arg(ap, long);
	register long x5 __asm__("x5") = va_arg(ap, long);
	register long x8 __asm__("x8") = n;
	va_end(ap);
	__asm__ volatile("svc #0"
			 : "+r"(x0)
			 : "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5), "r"(x8)
			 : "memory");
	return x0;
}

long sys_read(int fd, void *buf, size_t n) { return syscall(SYS_read, (long)fd, buf, n); }
long sys_write(int fd, const void *buf, size_t n) { return syscall(SYS_write, (long)fd, buf, n); }
long sys_openat(int dirfd, const char *path, int flags, int mode) { return syscall(SYS_openat, (long)dirfd, path, (long)flags, (long)mode); }
long sys_open(const char *path, int flags, int mode) { return sys_openat(AT_FDCWD, path, flags, mode); }
long sys_close(int fd) { return syscall(SYS_close, (long)fd); }
long sys_lseek(int fd, long off, int whence) { return syscall(SYS_lseek, (long)fd, off, (long)whence); }
long sys_brk(void *addr) { return syscall(SYS_brk, addr); }
long sys_unlinkat(int dirfd, const char *path, int flags) { return syscall(SYS_unlinkat, (long)dirfd, path, (long)flags); }
long sys_unlink(const char *path) { return sys_unlinkat(AT_FDCWD, path, 0); }
long sys_fork(void) { return syscall(SYS_clone, (long)SIGCHLD, 0L, 0L, 0L, 0L); }
long sys_execve(const char *path, char *const argv[], char *const envp[]) { return syscall(SYS_execve, path, argv, envp); }
long sys_waitid(int idtype, int id, struct siginfo *si, int options) { return syscall(SYS_waitid, (long)idtype, (long)id, si, (long)options, 0L); }
long sys_wait4(int pid, int *status, int options, void *rusage) { return syscall(SYS_wait4, (long)pid, status, (long)options, rusage); }
long sys_faccessat(int dirfd, const char *path, int mode) { return syscall(SYS_faccessat, (long)dirfd, path, (long)mode); }
long sys_chdir(const char *path) { return syscall(SYS_chdir, path); }
long sys_fchdir(int fd) { return syscall(SYS_fchdir, (long)fd); }
long sys_getcwd(char *buf, size_t size) { return syscall(SYS_getcwd, buf, size); }
long sys_uname(struct utsname *u) { return syscall(SYS_uname, u); }
long sys_fchmod(int fd, int mode) { return syscall(SYS_fchmod, (long)fd, (long)mode); }
long sys_fchmodat(int dirfd, const char *path, int mode) { return syscall(SYS_fchmodat, (long)dirfd, path, (long)mode); }
long sys_mkdirat(int dirfd, const char *path, int mode) { return syscall(SYS_mkdirat, (long)dirfd, path, (long)mode); }
long sys_getpid(void) { return syscall(SYS_getpid); }
long sys_getppid(void) { return syscall(SYS_getppid); }
long sys_pipe(int fd[2]) { return syscall(SYS_pipe2, fd, 0L); }
long sys_dup2(int old, int new_) { return syscall(SYS_dup3, (long)old, (long)new_, 0L); }

void sys_exit(int status)
{
	syscall(SYS_exit, (long)status);
	__builtin_unreachable();
}

void sys_exit_group(int status)
{
	syscall(SYS_exit_group, (long)status);
	__builtin_unreachable();
}

/* System call wrappers: the only place scheme1 talks to the kernel, by
 * the numbers of our libc's arch/<arch>/syscall_nr.h (the contract's).
 * Results are the kernel's: a negative value is -errno. */
#include "scheme1.h"

#include <signal.h>
#include "syscall_nr.h"

long sys_read(int fd, void *buf, long n) { return syscall6(SYS_read, fd, (long)buf, n, 0, 0, 0); }
long sys_write(int fd, const void *buf, long n) { return syscall6(SYS_write, fd, (long)buf, n, 0, 0, 0); }
long sys_close(int fd) { return syscall6(SYS_close, fd, 0, 0, 0, 0, 0); }
long sys_dup3(int fd, int to, int flags) { return syscall6(SYS_dup3, fd, to, flags, 0, 0, 0); }

long sys_openat(int dirfd, const char *path, int flags, int mode)
{
	return syscall6(SYS_openat, dirfd, (long)path, flags, mode, 0, 0);
}

/* fork semantics: flags SIGCHLD only, no new stack */
long sys_clone_fork(void) { return syscall6(SYS_clone, SIGCHLD, 0, 0, 0, 0, 0); }

long sys_execve(const char *path, char *const argv[], char *const envp[])
{
	return syscall6(SYS_execve, (long)path, (long)argv, (long)envp, 0, 0, 0);
}

long sys_waitid(int idtype, int id, void *info, int options)
{
	return syscall6(SYS_waitid, idtype, id, (long)info, options, 0, 0);
}

long sys_unlinkat(int dirfd, const char *path, int flags)
{
	return syscall6(SYS_unlinkat, dirfd, (long)path, flags, 0, 0, 0);
}

void sys_exit(int code)
{
	for (;;)
		syscall6(SYS_exit_group, code, 0, 0, 0, 0, 0);
}

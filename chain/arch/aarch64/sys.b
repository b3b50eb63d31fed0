// sys.b: the system calls B programs use, for aarch64 Linux and the seed
// kernel (docs/CONTRACT.md). The one arch-specific B file: a port
// rewrites the numbers. Errors come back as -errno, as from the kernel.

long read(long fd, char *buf, long n) { return syscall(63, fd, buf, n); }
long write(long fd, char *buf, long n) { return syscall(64, fd, buf, n); }

// openat(dirfd, path, flags, mode); open is openat at AT_FDCWD (-100)
long openat(long dirfd, char *path, long flags, long mode)
{
	return syscall(56, dirfd, path, flags, mode);
}
long open(char *path, long flags, long mode) { return syscall(56, -100, path, flags, mode); }
long close(long fd) { return syscall(57, fd); }

// exit(status) does not return
void exit(long status) { syscall(93, status); }

// brk(addr): the new break, or the old one if it cannot move; brk(0) asks
long brk(long addr) { return syscall(214, addr); }

long execve(char *path, char **argv, char **envp) { return syscall(221, path, argv, envp); }

// fork is clone(SIGCHLD, 0, 0, 0, 0): 0 in the child, its pid in the parent
long fork() { return syscall(220, 17, 0, 0, 0, 0); }

// wait4(pid, &status, options, rusage)
long wait4(long pid, long *status, long options, long rusage)
{
	return syscall(260, pid, status, options, rusage);
}

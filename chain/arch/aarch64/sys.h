/* sys.h: the aarch64 Linux system call numbers that C0 programs use
 * (chain/cc0/lib0.c calls them with __syscall). The one arch-specific C0
 * header: a port rewrites the numbers. The open flags and AT_FDCWD are
 * the same on every arch Linux has (lib0.h). */
#ifndef SYS_H
#define SYS_H

#define SYS_openat 56
#define SYS_close 57
#define SYS_read 63
#define SYS_write 64
#define SYS_exit 93
#define SYS_brk 214
#define SYS_clone 220
#define SYS_execve 221
#define SYS_wait4 260

#endif

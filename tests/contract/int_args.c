// fds and whences are ints, as Linux reads them: the upper 32 bits of the
// register are not looked at, so 0x100000001 is fd 1 and SEEK_END with a
// bit set above is SEEK_END.
#include "sys.h"
#include "out.h"

#define HI (1L << 32)
#define F_GETFD 1

int main(void)
{
	char buf[8];
	expect(syscall(SYS_write, HI | 1, "via fd 1\n", 9L), 9, "write to 0x100000001");
	long fd = sys_open("f", O_CREAT | O_RDWR, 0644);
	expect(syscall(SYS_write, HI | fd, "abcdef", 6L), 6, "write");
	expect(syscall(SYS_lseek, HI | fd, 0L, HI | SEEK_SET), 0, "lseek, SEEK_SET with a high bit");
	expect(syscall(SYS_read, (7L << 40) | fd, buf, 3L), 3, "read");
	expect(syscall(SYS_lseek, fd, -2L, (5L << 32) | SEEK_END), 4, "SEEK_END with high bits");
	expect(syscall(SYS_lseek, fd, 0L, HI | 5L), -EINVAL, "whence 5 with a high bit");
	expect(syscall(SYS_fchmod, HI | fd, 0600L), 0, "fchmod");
	expect(syscall(25 /* fcntl */, HI | fd, HI | F_GETFD, 0L), 0, "fcntl, and its command");
	long d = syscall(23 /* dup */, HI | fd);
	check(d > fd, "dup");
	expect(syscall(24 /* dup3 */, fd, HI | 9, 0L), 9, "dup3 to 0x100000009 is fd 9");
	expect(syscall(29 /* ioctl */, HI | fd, 0x5401L, buf), -25, "ioctl: ENOTTY, not EBADF");
	expect(syscall(SYS_close, HI | d), 0, "close");
	expect(syscall(SYS_close, d), -EBADF, "it was that fd");
	expect(syscall(SYS_close, HI | 9), 0, "close 9");
	sys_mkdirat(AT_FDCWD, "d", 0755);
	long dfd = sys_open("d", O_RDONLY, 0);
	expect(syscall(SYS_openat, HI | dfd, "g", (long)(O_CREAT | O_WRONLY), 0644L) >= 0, 1,
	       "openat relative to a dirfd with a high bit");
	expect(syscall(SYS_fchdir, HI | dfd), 0, "fchdir");
	expect(sys_faccessat(AT_FDCWD, "g", F_OK), 0, "in d");
	expect(syscall(SYS_close, ~0xffffffffL), 0, "0xffffffff00000000 is fd 0");
	expect(sys_close(0), -EBADF, "it was");
	return done(0);
}

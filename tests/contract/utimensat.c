// utimensat (touch): file times are not compared (the seed kernel keeps
// every time 0), but what is refused is: a missing file, a bad fd, flags,
// nanoseconds out of range (UTIME_NOW and UTIME_OMIT are fine), a bad
// pointer, in Linux's order (the nanoseconds only once the file is
// found: found by the fuzzer); and what works works: a name, a NULL name for the fd itself.
#include "sys.h"
#include "out.h"

#define SYS_utimensat	88
#define UTIME_NOW	((1L << 30) - 1)
#define UTIME_OMIT	((1L << 30) - 2)

static long utimensat(int dirfd, const char *path, const long *times, int flags)
{
	return syscall(SYS_utimensat, (long)dirfd, path, times, (long)flags);
}

int main(void)
{
	long fd = sys_open("f", O_CREAT | O_RDWR, 0644);
	long some[4] = { 1000, 5, 2000, 6 };
	long special[4] = { 0, UTIME_NOW, 0, UTIME_OMIT };
	long bad[4] = { 0, 1000000000, 0, 0 };
	long neg[4] = { 0, 0, 0, -1 };

	expect(utimensat(AT_FDCWD, "f", 0, 0), 0, "now, by name");
	expect(utimensat(AT_FDCWD, "f", some, 0), 0, "given times");
	expect(utimensat(AT_FDCWD, "f", special, 0), 0, "UTIME_NOW and UTIME_OMIT");
	expect(utimensat(AT_FDCWD, "f", bad, 0), -EINVAL, "1e9 nanoseconds");
	expect(utimensat(AT_FDCWD, "f", neg, 0), -EINVAL, "negative nanoseconds");
	expect(utimensat(AT_FDCWD, "missing", 0, 0), -ENOENT, "a missing file");
	expect(utimensat(AT_FDCWD, "f/", 0, 0), -ENOTDIR, "a file with a slash");
	expect(utimensat(AT_FDCWD, "f", 0, 0x4), -EINVAL, "unknown flags");
	expect(utimensat(AT_FDCWD, "f", 0, 0x100), 0, "AT_SYMLINK_NOFOLLOW");
	expect(utimensat((int)fd, 0, 0, 0), 0, "a NULL name: the fd");
	expect(utimensat((int)fd, 0, 0, 0x100), -EINVAL, "a NULL name with flags");
	expect(utimensat(77, 0, 0, 0), -EBADF, "a NULL name, a bad fd");
	expect(utimensat(AT_FDCWD, 0, 0, 0), -EFAULT, "a NULL name and AT_FDCWD: a name to read");
	expect(utimensat((int)fd, "", 0, AT_EMPTY_PATH), 0, "AT_EMPTY_PATH");
	expect(utimensat(AT_FDCWD, "f", (long *)8, 0), -EFAULT, "times at a bad address");
	expect(utimensat(AT_FDCWD, (char *)8, 0, 0), -EFAULT, "a name at a bad address");
	expect(utimensat(AT_FDCWD, "missing", bad, 0), -ENOENT, "bad nanoseconds, a missing file");
	expect(utimensat(AT_FDCWD, (char *)8, neg, 0), -EFAULT, "bad nanoseconds, a bad name");
	expect(utimensat(AT_FDCWD, "f", bad, 0x4), -EINVAL, "bad nanoseconds and flags");
	expect(utimensat(77, 0, bad, 0), -EBADF, "bad nanoseconds, a NULL name, a bad fd");
	expect(utimensat(AT_FDCWD, "missing", (long *)8, 0x4), -EFAULT, "bad times before the flags");
	sys_mkdirat(AT_FDCWD, "d", 0755);
	expect(utimensat(AT_FDCWD, "d", 0, 0), 0, "a directory");
	return done(0);
}

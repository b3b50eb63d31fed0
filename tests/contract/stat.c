// fstat and newfstatat: type and permission bits, size, links, owner and
// block size as Linux reports them; st_ino the same through every name
// and fd of a file and different between files; AT_EMPTY_PATH; fd 0 is
// the null device (1:3). Times, st_dev and inode numbers themselves differ
// between file systems and are not printed. readlinkat: no name is a link.
#include "sys.h"
#include "out.h"

static struct stat st;

static long do_fstat(int fd) { return syscall(SYS_fstat, (long)fd, &st); }

static long do_stat(int dirfd, const char *path, int flags)
{
	return syscall(SYS_newfstatat, (long)dirfd, path, &st, (long)flags);
}

static void show_stat(const char *what)
{
	put(what);
	put(": mode ");
	put_num(st.mode);
	put(" nlink ");
	put_num(st.nlink);
	put(" uid ");
	put_num(st.uid);
	put(" gid ");
	put_num(st.gid);
	put(" size ");
	put_num(st.size);
	put(" blksize ");
	put_num(st.blksize);
	put("\n");
}

int main(void)
{
	static char data[5000];
	unsigned long ino;
	long fd = sys_open("f", O_CREAT | O_RDWR, 0640);

	expect(sys_write(fd, data, sizeof data), sizeof data, "write 5000 bytes");
	expect(do_fstat((int)fd), 0, "fstat f");
	show_stat("fstat f");
	check(st.blocks * 512 >= st.size, "st_blocks covers the size");
	ino = st.ino;
	expect(do_stat(AT_FDCWD, "f", 0), 0, "newfstatat f");
	check(st.ino == ino, "same st_ino by name and by fd");
	expect(do_stat((int)fd, "", AT_EMPTY_PATH), 0, "AT_EMPTY_PATH on the fd");
	check(st.ino == ino && st.size == 5000, "AT_EMPTY_PATH is fstat");
	expect(do_stat(AT_FDCWD, "./f", 0x100 /* AT_SYMLINK_NOFOLLOW */), 0, "AT_SYMLINK_NOFOLLOW");
	check(st.ino == ino, "same file");

	sys_close(sys_open("g", O_CREAT | O_WRONLY, 0755));
	expect(do_stat(AT_FDCWD, "g", 0), 0, "newfstatat g");
	show_stat("g");
	check(st.ino != ino, "another file, another st_ino");

	expect(sys_mkdirat(AT_FDCWD, "d", 0750), 0, "mkdir d");
	expect(do_stat(AT_FDCWD, "d/", 0), 0, "newfstatat d/");
	put((st.mode & S_IFMT) == S_IFDIR ? "d is a directory\n" : "d is not a directory\n");
	put_num(st.mode & 07777);
	put(" permission bits of d\n");
	check(st.nlink >= 2, "a directory has at least 2 links");
	long dfd = sys_open("d", O_RDONLY, 0);
	expect(do_stat((int)dfd, "", AT_EMPTY_PATH), 0, "AT_EMPTY_PATH on a directory fd");
	check((st.mode & S_IFMT) == S_IFDIR, "a directory");
	expect(do_stat((int)dfd, "..", 0), 0, "newfstatat(d, \"..\")");
	check((st.mode & S_IFMT) == S_IFDIR, "the parent is a directory");
	expect(do_stat(AT_FDCWD, "", AT_EMPTY_PATH), 0, "AT_EMPTY_PATH on AT_FDCWD");
	check((st.mode & S_IFMT) == S_IFDIR, "the working directory");

	expect(do_fstat(0), 0, "fstat 0");
	put((st.mode & S_IFMT) == S_IFCHR ? "fd 0 is a character device\n" : "fd 0 is not a character device\n");
	put_num(st.mode & 07777);
	put(" permission bits of fd 0\n");
	expect((long)st.rdev, 0x103, "fd 0's device number (1:3)");

	expect(do_stat(AT_FDCWD, "missing", 0), -ENOENT, "missing");
	expect(do_stat(AT_FDCWD, "f/", 0), -ENOTDIR, "f/");
	expect(do_stat(AT_FDCWD, "f/x", 0), -ENOTDIR, "f/x");
	expect(do_stat(AT_FDCWD, "", 0), -ENOENT, "empty path without AT_EMPTY_PATH");
	expect(do_stat(AT_FDCWD, "f", 0x4), -EINVAL, "unknown flag");
	expect(do_stat(99, "", AT_EMPTY_PATH), -EBADF, "AT_EMPTY_PATH on a closed fd");
	expect(do_stat((int)fd, "x", 0), -ENOTDIR, "relative to a file's fd");
	expect(do_fstat(99), -EBADF, "fstat of a closed fd");
	expect(syscall(SYS_fstat, fd, (void *)16), -EFAULT, "fstat into a bad buffer");
	expect(syscall(SYS_newfstatat, (long)AT_FDCWD, "f", (void *)16, 0L), -EFAULT,
	       "newfstatat into a bad buffer");
	expect(syscall(SYS_fstat, fd | (1L << 32), &st), 0, "the fd is an int: the upper half is ignored");

	expect(sys_unlink("f"), 0, "unlink f while open");
	expect(do_fstat((int)fd), 0, "fstat of the unlinked file");
	expect(st.nlink, 0, "no link left");
	expect(st.size, 5000, "its bytes still there");

	char buf[16];
	expect(syscall(SYS_readlinkat, (long)AT_FDCWD, "g", buf, 16L), -EINVAL, "readlinkat of a file");
	expect(syscall(SYS_readlinkat, (long)AT_FDCWD, "d", buf, 16L), -EINVAL, "readlinkat of a directory");
	expect(syscall(SYS_readlinkat, (long)AT_FDCWD, "missing", buf, 16L), -ENOENT, "readlinkat of nothing");
	expect(syscall(SYS_readlinkat, (long)AT_FDCWD, "g", buf, 0L), -EINVAL, "readlinkat with size 0");
	return done(0);
}

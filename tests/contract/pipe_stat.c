// What a pipe is, seen through fstat and the calls that need a file:
// S_IFIFO with mode 0600, one link, size 0 whatever it holds; both ends
// the same st_ino, another pipe another one; lseek, pread64 and pwrite64
// are ESPIPE, ftruncate EINVAL, getdents64 and fchdir ENOTDIR. st_dev and
// st_ino themselves differ between kernels and are not printed.
#include "sys.h"
#include "out.h"

static struct stat st;

static void show_stat(const char *what, int fd)
{
	memset(&st, 0x55, sizeof st);
	expect(syscall(SYS_fstat, (long)fd, &st), 0, what);
	put(what);
	put(": type ");
	put_num(st.mode & S_IFMT);
	put(" mode ");
	put_num(st.mode & 07777);
	put(" nlink ");
	put_num(st.nlink);
	put(" uid ");
	put_num(st.uid);
	put(" size ");
	put_num(st.size);
	put(" blksize ");
	put_num(st.blksize);
	put("\n");
	check((st.mode & S_IFMT) == S_IFIFO, "a FIFO");
}

int main(void)
{
	int fd[2], other[2];
	char buf[8];
	unsigned long ino, dev;

	sys_pipe(fd);
	sys_write(fd[1], "12345", 5);
	show_stat("read end", fd[0]);
	ino = st.ino;
	dev = st.dev;
	show_stat("write end", fd[1]);
	check(st.ino == ino && st.dev == dev, "both ends are one inode");
	expect(syscall(SYS_newfstatat, (long)fd[0], "", &st, (long)AT_EMPTY_PATH), 0,
	       "newfstatat AT_EMPTY_PATH");
	check(st.ino == ino && (st.mode & S_IFMT) == S_IFIFO, "is fstat");
	sys_pipe(other);
	show_stat("another pipe", other[0]);
	check(st.ino != ino, "another pipe, another st_ino");

	expect(sys_lseek(fd[0], 0, SEEK_SET), -ESPIPE, "lseek the read end");
	expect(sys_lseek(fd[1], 0, SEEK_CUR), -ESPIPE, "lseek the write end");
	expect(sys_lseek(fd[0], 0, 5), -EINVAL, "a bad whence first (found by the fuzzer)");
	expect(syscall(SYS_pread64, (long)fd[0], buf, 1L, 0L), -ESPIPE, "pread64");
	expect(syscall(SYS_pwrite64, (long)fd[1], buf, 1L, 0L), -ESPIPE, "pwrite64");
	expect(syscall(SYS_pread64, (long)fd[0], buf, 1L, -1L), -EINVAL, "pread64 at -1: EINVAL first");
	expect(syscall(SYS_ftruncate, (long)fd[1], 0L), -EINVAL, "ftruncate");
	expect(syscall(SYS_getdents64, (long)fd[0], buf, (long)sizeof buf), -ENOTDIR, "getdents64");
	expect(sys_fchdir(fd[0]), -ENOTDIR, "fchdir");
	expect(sys_read(fd[0], buf, sizeof buf), 5, "the bytes are still there");
	return done(0);
}

// renameat and renameat2 (flags 0 and RENAME_NOREPLACE): a file keeps its
// bytes and inode under the new name and replaces what was there; a
// directory takes everything under it, and open fds, directory fds and
// the working directory follow it; Linux's errors for each refusal.
#include "sys.h"
#include "out.h"

static long rename2(const char *from, const char *to, long flags)
{
	return syscall(SYS_renameat2, (long)AT_FDCWD, from, (long)AT_FDCWD, to, flags);
}

static long rename(const char *from, const char *to)
{
	return syscall(SYS_renameat, (long)AT_FDCWD, from, (long)AT_FDCWD, to);
}

static void make(const char *name, const char *text)
{
	long fd = sys_open(name, O_CREAT | O_WRONLY | O_TRUNC, 0644);
	sys_write((int)fd, text, strlen(text));
	sys_close((int)fd);
}

static void show_file(const char *name)
{
	char buf[64];
	long fd = sys_open(name, O_RDONLY, 0), n;
	put(name);
	if (fd < 0) {
		put(": missing\n");
		return;
	}
	n = sys_read((int)fd, buf, sizeof buf - 1);
	buf[n < 0 ? 0 : n] = 0;
	put(": ");
	put(buf);
	sys_close((int)fd);
}

static unsigned long ino(const char *name)
{
	struct stat st;
	return syscall(SYS_newfstatat, (long)AT_FDCWD, name, &st, 0L) ? 0 : st.ino;
}

int main(void)
{
	char buf[4096];
	make("a", "file a\n");
	make("b", "file b\n");
	unsigned long ia = ino("a");
	expect(rename("a", "c"), 0, "rename a c");
	show_file("a");
	show_file("c");
	check(ino("c") == ia, "the same inode under the new name");
	expect(rename2("c", "b", RENAME_NOREPLACE), -EEXIST, "RENAME_NOREPLACE onto b");
	expect(rename("c", "b"), 0, "rename c onto b");
	show_file("b");
	show_file("c");
	expect(rename("b", "b"), 0, "rename b onto itself");
	expect(rename2("b", "new", RENAME_NOREPLACE), 0, "RENAME_NOREPLACE to a free name");
	expect(rename2("new", "b", 2 /* RENAME_EXCHANGE */ | RENAME_NOREPLACE), -EINVAL,
	       "RENAME_EXCHANGE with RENAME_NOREPLACE");
	expect(rename2("new", "b", 8), -EINVAL, "an unknown flag");
	expect(rename("new", "b"), 0, "and back");

	sys_mkdirat(AT_FDCWD, "d", 0755);
	sys_mkdirat(AT_FDCWD, "d/sub", 0755);
	make("d/x", "d/x\n");
	make("d/sub/y", "d/sub/y\n");
	long xfd = sys_open("d/x", O_RDWR | O_APPEND, 0);
	long dfd = sys_open("d/sub", O_RDONLY, 0);
	expect(sys_chdir("d/sub"), 0, "chdir d/sub");
	expect(rename("../../d", "../../e"), 0, "rename d e, from inside it");
	show_file("y");
	sys_getcwd(buf, sizeof buf);
	long len = strlen(buf);
	put("getcwd ends in ");
	put(len >= 6 ? buf + len - 6 : buf);
	put("\n");
	sys_chdir("../..");
	show_file("e/x");
	show_file("e/sub/y");
	show_file("d/x");
	expect(sys_write((int)xfd, "more\n", 5), 5, "write through an fd opened as d/x");
	show_file("e/x");
	long yfd = sys_openat((int)dfd, "y", O_RDONLY, 0);
	check(yfd >= 0, "openat through a directory fd opened as d/sub");
	expect(sys_mkdirat((int)dfd, "z", 0755), 0, "mkdirat there");
	expect(sys_faccessat(AT_FDCWD, "e/sub/z", F_OK), 0, "it is e/sub/z");

	sys_mkdirat(AT_FDCWD, "empty", 0755);
	sys_mkdirat(AT_FDCWD, "full", 0755);
	make("full/f", "full/f\n");
	expect(rename("e", "e/sub/w"), -EINVAL, "a directory into itself");
	expect(rename("e/sub", "e"), -ENOTEMPTY, "a directory onto the one above it");
	expect(rename("e", "full"), -ENOTEMPTY, "onto a non-empty directory");
	expect(rename("b", "empty"), -EISDIR, "a file onto a directory");
	expect(rename("empty", "b"), -ENOTDIR, "a directory onto a file");
	expect(rename("b/", "c"), -ENOTDIR, "a file with a trailing slash");
	expect(rename("b", "c/"), -ENOTDIR, "a file to a name with a trailing slash");
	expect(rename("missing", "c"), -ENOENT, "a missing name");
	expect(rename("b", "nodir/c"), -ENOENT, "into a missing directory");
	expect(rename("b", "b/c"), -ENOTDIR, "into a file");
	expect(rename("e/.", "f"), -EBUSY, "the last component is .");
	expect(rename("e/..", "f"), -EBUSY, "the last component is ..");
	expect(rename("b", "e/."), -EBUSY, "onto .");
	expect(rename2("b", "e/.", RENAME_NOREPLACE), -EEXIST, "onto . with RENAME_NOREPLACE");
	expect(rename("e", "empty"), 0, "a directory onto an empty one");
	show_file("empty/sub/y");
	expect(rename("full/", "e/"), 0, "trailing slashes on directories");
	show_file("e/f");
	return done(0);
}

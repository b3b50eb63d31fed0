// getdents64: every entry of a directory once, "." and ".." included,
// with its type; in any order (each file system has its own), so the
// names are sorted before they are printed. Reading on after the end
// gives 0, lseek to 0 starts again, a buffer too small for one entry is
// EINVAL, and the listing goes on across calls with a small buffer.
#include "sys.h"
#include "out.h"

#define MAXN 64

static char names[MAXN][64];
static int types[MAXN], n;

/* Reads the whole directory with buffers of size bufsize. */
static long list(long fd, long bufsize)
{
	static char buf[4096];
	long r, calls = 0;
	n = 0;
	while ((r = syscall(SYS_getdents64, fd, buf, bufsize)) > 0) {
		calls++;
		for (long at = 0; at < r;) {
			unsigned short reclen = *(unsigned short *)(buf + at + 16);
			if (n < MAXN) {
				memcpy(names[n], buf + at + 19, 60);
				types[n++] = buf[at + 18];
			}
			at += reclen;
		}
	}
	return r < 0 ? r : calls;
}

static void show_sorted(const char *what)
{
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
			char t[64];
			int tt = types[j];
			memcpy(t, names[j], 64);
			memcpy(names[j], names[j - 1], 64);
			memcpy(names[j - 1], t, 64);
			types[j] = types[j - 1];
			types[j - 1] = tt;
		}
	put(what);
	put(":");
	for (int i = 0; i < n; i++) {
		put(" ");
		put(names[i]);
		put(types[i] == 4 ? "/" : types[i] == 8 ? "" : "?");
	}
	put("\n");
}

int main(void)
{
	char buf[64];
	sys_mkdirat(AT_FDCWD, "d", 0755);
	sys_mkdirat(AT_FDCWD, "d/sub", 0755);
	sys_mkdirat(AT_FDCWD, "d/sub/deeper", 0755);
	sys_close(sys_open("d/a", O_CREAT | O_WRONLY, 0644));
	sys_close(sys_open("d/a-much-longer-name-than-the-others", O_CREAT | O_WRONLY, 0644));
	sys_close(sys_open("d/sub/inner", O_CREAT | O_WRONLY, 0644));
	sys_close(sys_open("dd", O_CREAT | O_WRONLY, 0644));

	long fd = sys_open("d", O_RDONLY | 040000 /* O_DIRECTORY */, 0);
	check(list(fd, 4096) == 1, "one call with a large buffer");
	show_sorted("d");
	expect(syscall(SYS_getdents64, fd, buf, 64L), 0, "at the end");
	expect(sys_lseek((int)fd, 0, SEEK_SET), 0, "rewind");
	check(list(fd, 64) > 1, "several calls with a 64-byte buffer");
	show_sorted("d again, a few at a time");
	sys_lseek((int)fd, 0, SEEK_SET);
	expect(syscall(SYS_getdents64, fd, buf, 16L), -EINVAL, "a buffer smaller than one entry");

	long sub = sys_openat((int)fd, "sub", O_RDONLY, 0);
	list(sub, 4096);
	show_sorted("d/sub");
	sys_close(sys_open("d/new", O_CREAT | O_WRONLY, 0644));
	sys_unlink("d/a");
	sys_lseek((int)fd, 0, SEEK_SET);
	list(fd, 4096);
	show_sorted("d after a file came and another went");

	expect(sys_chdir("d/sub/deeper"), 0, "chdir d/sub/deeper");
	long here = sys_open(".", O_RDONLY, 0);
	list(here, 4096);
	show_sorted("an empty directory");
	sys_chdir("../../..");
	expect(sys_unlinkat(AT_FDCWD, "d/sub/deeper", AT_REMOVEDIR), 0, "remove it while open");
	sys_lseek((int)here, 0, SEEK_SET);
	expect(syscall(SYS_getdents64, here, buf, 64L), -ENOENT, "a removed directory");

	long file = sys_open("dd", O_RDONLY, 0);
	expect(syscall(SYS_getdents64, file, buf, 64L), -ENOTDIR, "a file");
	expect(syscall(SYS_getdents64, 99L, buf, 64L), -EBADF, "a closed fd");
	sys_lseek((int)fd, 0, SEEK_SET);
	expect(syscall(SYS_getdents64, fd, (void *)0xffff000000001000UL, 64L), -EFAULT,
	       "a kernel address");
	return done(0);
}

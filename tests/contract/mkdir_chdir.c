// mkdirat makes a directory (EEXIST the second time); a file created as
// "sub/name" is found as "name" after chdir("sub"), files created there by
// relative name land in sub/, and chdir("..") comes back. getcwd is only
// compared with itself: the absolute path differs between drivers.
#include "sys.h"
#include "out.h"

/* is cwd the directory name inside top? */
static int is_inside(const char *cwd, const char *top, const char *name)
{
	size_t n = strcmp(top, "/") == 0 ? 0 : strlen(top);

	return memcmp(cwd, top, n) == 0 && cwd[n] == '/' && strcmp(cwd + n + 1, name) == 0;
}

int main(void)
{
	char top[512], cwd[512], buf[16];
	long fd, n;

	expect(sys_mkdirat(AT_FDCWD, "sub", 0755), 0, "mkdirat sub");
	expect(sys_mkdirat(AT_FDCWD, "sub", 0755), -EEXIST, "mkdirat sub again");
	fd = sys_open("sub/inner.txt", O_CREAT | O_WRONLY, 0644);
	check(fd >= 0, "create sub/inner.txt");
	expect(sys_write(fd, "inside\n", 7), 7, "write it");
	sys_close(fd);

	n = sys_getcwd(top, sizeof top);
	check(n == (long)strlen(top) + 1, "getcwd returns the length with its NUL");
	check(top[0] == '/', "getcwd is absolute");
	expect(sys_chdir("sub"), 0, "chdir sub");
	sys_getcwd(cwd, sizeof cwd);
	check(is_inside(cwd, top, "sub"), "getcwd is the old one plus /sub");

	fd = sys_open("inner.txt", O_RDONLY, 0);
	check(fd >= 0, "open inner.txt by its relative name");
	expect(sys_read(fd, buf, sizeof buf), 7, "read it");
	check(memcmp(buf, "inside\n", 7) == 0, "its bytes");
	sys_close(fd);
	expect(sys_faccessat(AT_FDCWD, "sub/inner.txt", F_OK), -ENOENT,
	       "sub/inner.txt is not found from inside sub");
	fd = sys_open("made_in_sub.txt", O_CREAT | O_WRONLY, 0644);
	expect(sys_write(fd, "made\n", 5), 5, "create and write made_in_sub.txt");
	sys_close(fd);
	expect(sys_chdir("missing_dir"), -ENOENT, "chdir to a missing name");
	expect(sys_chdir("inner.txt"), -ENOTDIR, "chdir to a file");

	expect(sys_chdir(".."), 0, "chdir ..");
	sys_getcwd(cwd, sizeof cwd);
	check(strcmp(cwd, top) == 0, "getcwd is back to the first one");
	expect(sys_faccessat(AT_FDCWD, "sub/made_in_sub.txt", F_OK), 0,
	       "sub/made_in_sub.txt exists");
	expect(sys_faccessat(AT_FDCWD, "made_in_sub.txt", F_OK), -ENOENT,
	       "made_in_sub.txt is not at the top");
	expect(sys_mkdirat(AT_FDCWD, "sub/deeper", 0700), 0, "mkdirat sub/deeper");
	expect(sys_chdir("sub/deeper"), 0, "chdir sub/deeper");
	sys_getcwd(cwd, sizeof cwd);
	check(is_inside(cwd, top, "sub/deeper"), "getcwd is the first one plus /sub/deeper");
	fd = sys_open("deep.txt", O_CREAT | O_WRONLY, 0600);
	expect(sys_write(fd, "deep\n", 5), 5, "create deep.txt there");
	return done(0);
}

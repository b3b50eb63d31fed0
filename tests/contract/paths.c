// Path names: "./", "//", "." and ".." components resolve as in Linux;
// a trailing slash needs a directory; directories refuse file operations
// (EISDIR), a file refuses to be a directory (ENOTDIR), a missing
// directory gives ENOENT, and a non-empty directory stays.
#include "sys.h"
#include "out.h"

int main(void)
{
	char buf[8];
	long fd;

	expect(sys_mkdirat(AT_FDCWD, "dir", 0755), 0, "mkdirat dir");
	fd = sys_open("dir/f", O_CREAT | O_WRONLY, 0644);
	expect(sys_write(fd, "f\n", 2), 2, "create dir/f");
	sys_close(fd);
	sys_close(sys_open("file", O_CREAT | O_WRONLY, 0644));

	expect(sys_faccessat(AT_FDCWD, "./file", F_OK), 0, "./file");
	expect(sys_faccessat(AT_FDCWD, "dir//f", F_OK), 0, "dir//f");
	expect(sys_faccessat(AT_FDCWD, "./dir/./f", F_OK), 0, "./dir/./f");
	expect(sys_faccessat(AT_FDCWD, "dir/../file", F_OK), 0, "dir/../file");
	expect(sys_faccessat(AT_FDCWD, "dir/", F_OK), 0, "dir/");
	expect(sys_faccessat(AT_FDCWD, "file/", F_OK), -ENOTDIR, "file/");
	fd = sys_open("./dir/f", O_RDONLY, 0);
	expect(sys_read(fd, buf, sizeof buf), 2, "read ./dir/f");
	sys_close(fd);

	expect(sys_open("dir", O_WRONLY, 0), -EISDIR, "open a directory O_WRONLY");
	fd = sys_open("dir", O_RDONLY, 0);
	check(fd >= 0, "open a directory O_RDONLY");
	expect(sys_read(fd, buf, sizeof buf), -EISDIR, "read a directory");
	sys_close(fd);
	expect(sys_open("new/", O_CREAT | O_WRONLY, 0644), -EISDIR, "O_CREAT with a trailing slash");
	expect(sys_unlink("dir"), -EISDIR, "unlink a directory");
	expect(sys_unlinkat(AT_FDCWD, "dir", AT_REMOVEDIR), -ENOTEMPTY,
	       "unlinkat AT_REMOVEDIR a non-empty directory");
	expect(sys_mkdirat(AT_FDCWD, "file", 0755), -EEXIST, "mkdirat over a file");
	expect(sys_open("file/x", O_CREAT | O_WRONLY, 0644), -ENOTDIR, "create inside a file");
	expect(sys_open("nodir/x", O_CREAT | O_WRONLY, 0644), -ENOENT,
	       "create inside a missing directory");
	expect(sys_mkdirat(AT_FDCWD, "nodir/d", 0755), -ENOENT, "mkdirat inside a missing directory");
	expect(sys_chdir("dir/"), 0, "chdir dir/");
	expect(sys_faccessat(AT_FDCWD, "../file", F_OK), 0, "../file from inside dir");
	expect(sys_chdir("."), 0, "chdir .");
	expect(sys_faccessat(AT_FDCWD, "f", F_OK), 0, "still in dir");
	return done(0);
}

// A path ending in "." or ".." names no entry of its own: rmdir("d/.") is
// EINVAL and rmdir("d/..") ENOTEMPTY, unlink of either is EISDIR, mkdir
// is EEXIST and open with O_CREAT is EISDIR; each directory before them
// must exist.
#include "sys.h"
#include "out.h"

int main(void)
{
	sys_mkdirat(AT_FDCWD, "d", 0755);
	sys_mkdirat(AT_FDCWD, "d/e", 0755);
	sys_close(sys_open("f", O_CREAT | O_WRONLY, 0644));
	expect(sys_unlinkat(AT_FDCWD, "d/e/.", AT_REMOVEDIR), -EINVAL, "rmdir d/e/.");
	expect(sys_unlinkat(AT_FDCWD, "d/e/./", AT_REMOVEDIR), -EINVAL, "rmdir d/e/./");
	expect(sys_unlinkat(AT_FDCWD, ".", AT_REMOVEDIR), -EINVAL, "rmdir .");
	expect(sys_unlinkat(AT_FDCWD, "d/e/..", AT_REMOVEDIR), -ENOTEMPTY, "rmdir d/e/..");
	expect(sys_unlinkat(AT_FDCWD, "d/e/.", 0), -EISDIR, "unlink d/e/.");
	expect(sys_unlinkat(AT_FDCWD, "d/e/..", 0), -EISDIR, "unlink d/e/..");
	expect(sys_unlinkat(AT_FDCWD, "missing/.", AT_REMOVEDIR), -ENOENT, "rmdir missing/.");
	expect(sys_unlinkat(AT_FDCWD, "f/.", AT_REMOVEDIR), -ENOTDIR, "rmdir f/.");
	expect(sys_unlinkat(AT_FDCWD, "f/.", 0), -ENOTDIR, "unlink f/.");
	expect(sys_mkdirat(AT_FDCWD, "d/e/.", 0755), -EEXIST, "mkdir d/e/.");
	expect(sys_mkdirat(AT_FDCWD, "d/e/..", 0755), -EEXIST, "mkdir d/e/..");
	expect(sys_open("d/.", O_CREAT | O_WRONLY, 0644), -EISDIR, "open d/. O_CREAT");
	expect(sys_open("missing/.", O_CREAT | O_RDONLY, 0644), -ENOENT, "open missing/. O_CREAT");
	expect(sys_unlinkat(AT_FDCWD, "d/e", AT_REMOVEDIR), 0, "rmdir d/e");
	expect(sys_faccessat(AT_FDCWD, "d", F_OK), 0, "d is still there");
	return done(0);
}

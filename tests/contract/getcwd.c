// getcwd (the raw syscall) returns the length including the NUL and an
// absolute path; a buffer too small gives ERANGE. The path itself differs
// between drivers and is not printed.
#include "sys.h"
#include "out.h"

int main(void)
{
	char cwd[512], small[512];
	long n;

	n = sys_getcwd(cwd, sizeof cwd);
	check(n > 1, "getcwd succeeds");
	expect(n - (long)strlen(cwd), 1, "returned length - strlen");
	check(cwd[0] == '/', "absolute");
	check(sys_getcwd(small, n) == n, "a buffer of exactly that length");
	check(strcmp(small, cwd) == 0, "same path");
	expect(sys_getcwd(small, n - 1), -ERANGE, "a buffer one byte short");
	expect(sys_getcwd(small, 0), -ERANGE, "a buffer of 0 bytes");
	expect(sys_getcwd((char *)0x10, sizeof cwd), -EFAULT, "getcwd into 0x10");
	return done(0);
}

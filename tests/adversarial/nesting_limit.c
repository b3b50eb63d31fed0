// Forking deeper than the kernel's nesting limit is a clean EAGAIN in
// the process that tries, not a panic; every level then exits in turn.
// (Linux has no such limit: seed only.)
// drivers: seed
#include "out.h"
#include "sys.h"

/* descend: forks until fork fails; the deepest level writes its depth
 * and the errno to deepest.bin (the file system is shared). */
static void descend(long depth)
{
	long pid = sys_fork();
	if (pid < 0) {
		long got[2] = { depth, -pid };
		long fd = sys_open("deepest.bin", O_WRONLY | O_CREAT | O_TRUNC, 0644);
		sys_write((int)fd, got, sizeof got);
		sys_close((int)fd);
		return;
	}
	if (pid == 0) {
		descend(depth + 1);
		sys_exit(0);
	}
	int status;
	sys_wait4(pid, &status, 0, 0);
}

int main(void)
{
	long got[2] = { 0, 0 };
	long pid = sys_fork();
	if (pid == 0) {
		descend(1);
		sys_exit(0);
	}
	int status;
	sys_wait4(pid, &status, 0, 0);
	long fd = sys_open("deepest.bin", O_RDONLY, 0);
	expect(sys_read((int)fd, got, sizeof got), sizeof got, "the deepest level wrote");
	sys_close((int)fd);
	/* 63 levels below the first program, then EAGAIN (11) */
	expect(got[0], 63, "the deepest fork is 63 levels down");
	expect(got[1], 11, "and fails with EAGAIN");
	pid = sys_fork();
	if (pid == 0)
		sys_exit(7);
	expect(pid > 0, 1, "fork works again after");
	sys_wait4(pid, &status, 0, 0);
	expect((status >> 8) & 0xff, 7, "and its child's status comes back");
	return done(0);
}

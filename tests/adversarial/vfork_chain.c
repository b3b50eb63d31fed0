// Deep vfork chains: each level vforks the next on the same memory
// until the kernel's nesting limit says EAGAIN (63 levels below the
// first program, as for fork), every level counting itself in a shared
// variable; then every level exits in turn and the statuses add up. Then
// 3000 vforks one after another, and fork and vfork still work. (The
// limit is the seed kernel's, and qemu-user shares no memory on vfork:
// seed only.)
// drivers: seed
#include "out.h"
#include "sys.h"

long vfork_raw(void);
__asm__(".text\n.globl vfork_raw\n.type vfork_raw, %function\nvfork_raw:\n"
	"\tmov x0, #0x4111\n\tmov x1, #0\n\tmov x8, #220\n\tsvc #0\n\tret\n");

static volatile long levels, deepest_error;

/* Each level returns 1 + its child's status, and the deepest, whose
 * vfork fails, 1: so a level returns the number of levels below it, plus
 * 1. */
static __attribute__((noinline)) int descend(void)
{
	long pid = vfork_raw();
	if (pid < 0) {
		deepest_error = -pid;
		return 1;
	}
	if (pid == 0) {
		levels++;
		sys_exit(descend());
	}
	int status;
	if (sys_wait4((int)pid, &status, 0, 0) != pid)
		return 0;
	return ((status >> 8) & 0xff) + 1;
}

int main(void)
{
	long pid = sys_fork();
	if (pid == 0)
		sys_exit(descend());
	int status;
	sys_wait4((int)pid, &status, 0, 0);
	/* levels and deepest_error were the forked child's: ask it again */
	pid = sys_fork();
	if (pid == 0) {
		descend();
		sys_exit(levels == 62 && deepest_error == 11 ? 0 : 1);
	}
	int status2;
	sys_wait4((int)pid, &status2, 0, 0);
	expect(status >> 8, 63, "a chain from depth 1: 62 vforks deep, then EAGAIN, statuses add up");
	expect(status2 >> 8, 0, "every level counted itself in the shared memory");

	levels = 0;
	long ok = 0;
	for (int i = 0; i < 3000; i++) {
		pid = vfork_raw();
		if (pid == 0) {
			levels++;
			sys_exit(i & 0xff);
		}
		ok += sys_wait4((int)pid, &status, 0, 0) == pid && (status >> 8) == (i & 0xff);
	}
	expect(ok, 3000, "3000 vforks one after another");
	expect(levels, 3000, "each child's store reached the parent");
	pid = sys_fork();
	if (pid == 0)
		sys_exit(5);
	sys_wait4((int)pid, &status, 0, 0);
	expect(status >> 8, 5, "fork still works");
	return done(0);
}

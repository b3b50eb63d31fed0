// clone flags that ask for threads or for sharing beyond vfork: CLONE_VM
// without CLONE_VFORK, with or without a stack, is EINVAL (threads are
// not in the contract; qemu-user refuses them too without the thread
// flags), and so is CLONE_FILES with or without CLONE_VM; the caller
// goes on. CLONE_VFORK without CLONE_VM is a fork whose parent waits:
// the child's store stays its own.
#include "out.h"
#include "sys.h"

#define CLONE_VM	0x100
#define CLONE_FILES	0x400
#define CLONE_VFORK	0x4000

static char stack[16384] __attribute__((aligned(16)));
static volatile long mine;

static long clone2(long flags, void *sp) { return syscall(SYS_clone, flags, sp, 0L, 0L, 0L); }

int main(void)
{
	expect(clone2(CLONE_VM | SIGCHLD, 0), -EINVAL, "CLONE_VM alone");
	expect(clone2(CLONE_VM | SIGCHLD, stack + sizeof stack), -EINVAL, "CLONE_VM with a stack");
	expect(clone2(CLONE_FILES | SIGCHLD, 0), -EINVAL, "CLONE_FILES");
	expect(clone2(CLONE_VM | CLONE_FILES | SIGCHLD, stack + sizeof stack), -EINVAL,
	       "CLONE_VM | CLONE_FILES");
	long pid = clone2(CLONE_VFORK | SIGCHLD, 0);
	if (pid == 0) {
		mine = 1;
		sys_exit(6);
	}
	int status;
	check(pid > 0 && sys_wait4((int)pid, &status, 0, 0) == pid, "CLONE_VFORK alone makes a child");
	expect(status >> 8, 6, "its status");
	expect(mine, 0, "and its store is its own");
	return done(0);
}

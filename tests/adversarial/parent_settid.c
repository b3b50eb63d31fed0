// clone with CLONE_PARENT_SETTID stores the child's tid in the parent's
// memory only: as on Linux, the child's copy of that word still holds
// what it held before the fork (the child borrows its parent's pages, so
// the store must not reach a frame the child reads). qemu-user departs
// from Linux here (it stores the tid from the child, into the child's
// memory), so the linux driver cannot be the reference.
// drivers: seed
#include "out.h"
#include "sys.h"

#define CLONE_PARENT_SETTID 0x00100000
#define SIGCHLD 17

static int tid = -1;

int main(void)
{
	long pid = syscall(SYS_clone, SIGCHLD | CLONE_PARENT_SETTID, 0, &tid, 0, 0);
	if (pid == 0)
		sys_exit(tid == -1 ? 0 : 1);
	int status = -1;
	expect(sys_wait4((int)pid, &status, 0, 0), pid, "wait4 reaps the child");
	expect(status, 0, "the child still sees -1 in its copy of the tid word");
	expect(tid, pid, "the parent's word holds the child's tid");
	return done(0);
}

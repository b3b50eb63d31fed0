// A syscall number the contract does not know returns ENOSYS, and the
// program carries on.
#include "sys.h"
#include "out.h"

int main(void)
{
	expect(syscall(4000, 1L, 2L, 3L, 4L, 5L, 6L), -ENOSYS, "syscall 4000");
	expect(syscall(1000), -ENOSYS, "syscall 1000");
	expect(syscall(0x7fffffff), -ENOSYS, "syscall 0x7fffffff");
	expect(sys_write(1, "still here\n", 11), 11, "write afterwards");
	return done(0);
}

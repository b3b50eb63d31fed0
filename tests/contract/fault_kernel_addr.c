// A child that reads, writes or jumps to a kernel address is killed with
// SIGSEGV: the user address space holds nothing of the kernel's.
#include "sys.h"
#include "out.h"
#include "child.h"

#define KADDR 0xffff000040000000UL

static int read_kernel(void)
{
	return *(volatile int *)KADDR;
}

static int write_kernel(void)
{
	*(volatile int *)KADDR = 1;
	return 0;
}

static int jump_kernel(void)
{
	int (*volatile f)(void) = (int (*)(void))KADDR;
	return f();
}

static int fine(void)
{
	return 5;
}

int main(void)
{
	child_expect("read 0xffff000040000000", read_kernel, CLD_KILLED, SIGSEGV);
	child_expect("write 0xffff000040000000", write_kernel, CLD_KILLED, SIGSEGV);
	child_expect("jump to 0xffff000040000000", jump_kernel, CLD_KILLED, SIGSEGV);
	child_expect("then a normal child", fine, CLD_EXITED, 5);
	put("parent goes on\n");
	return done(0);
}

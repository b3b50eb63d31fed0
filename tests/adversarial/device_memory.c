// Device MMIO (the UART, the GIC), the kernel's own image and unmapped
// user addresses are out of a program's reach: reading, writing or
// jumping there kills only the child, with SIGSEGV.
#include "child.h"
#include "out.h"
#include "sys.h"

static volatile unsigned long target;

static int do_read(void) { return *(volatile int *)target; }

static int do_write(void)
{
	*(volatile int *)target = 1;
	return 0;
}

static int do_jump(void)
{
	int (*volatile f)(void) = (int (*)(void))target;
	return f();
}

int main(void)
{
	static const unsigned long addrs[] = {
		0x09000000UL,           /* PL011 UART on QEMU virt */
		0x08000000UL,           /* GIC distributor */
		0x40200000UL,           /* the kernel image's physical address */
		0xffffff8040200000UL,   /* the kernel image's virtual address */
		0x7000000000UL,         /* unmapped, between heap and stack */
		0x8000000000UL,         /* just past the user address space */
	};
	for (unsigned i = 0; i < sizeof addrs / sizeof addrs[0]; i++) {
		target = addrs[i];
		child_expect("read", do_read, CLD_KILLED, SIGSEGV);
		child_expect("write", do_write, CLD_KILLED, SIGSEGV);
		child_expect("jump", do_jump, CLD_KILLED, SIGSEGV);
	}
	return done(0);
}

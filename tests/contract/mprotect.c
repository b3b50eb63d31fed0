// mprotect: PROT_NONE takes every access away (a load or store is SIGSEGV,
// a system call given the page EFAULT) and giving the protection back
// shows the bytes again; PROT_READ makes a store fault. A length that
// wraps is ENOMEM, as is a range past the user address space; an
// unaligned address or unknown bits in prot EINVAL. (Length 0 does nothing
// on Linux and on the seed kernel; qemu-user says ENOMEM.)
#include "sys.h"
#include "out.h"
#include "child.h"

#define PROT_NONE 0
#define PROT_READ 1
#define PROT_WRITE 2

static char *page, *fresh;

static long mprotect(void *p, unsigned long len, long prot)
{
	return syscall(SYS_mprotect, p, len, prot);
}

static int load(void) { return *(volatile char *)page; }
static int store(void) { *(volatile char *)page = 1; return 0; }
static int load_fresh(void) { return *(volatile char *)fresh; }

int main(void)
{
	char buf[8];
	page = (char *)sys_brk(0);
	page = (char *)(((unsigned long)page + 4095) & ~4095UL);
	sys_brk(page + 3 * 4096);
	fresh = page + 4096;
	memcpy(page, "kept", 5);

	expect(mprotect(page, 4096, PROT_NONE), 0, "PROT_NONE");
	child_expect("a load", load, CLD_KILLED, SIGSEGV);
	child_expect("a store", store, CLD_KILLED, SIGSEGV);
	expect(sys_write(1, page, 4), -EFAULT, "write(2) from it");
	long fd = sys_open("f", O_CREAT | O_RDWR, 0644);
	sys_write((int)fd, "data", 4);
	sys_lseek((int)fd, 0, SEEK_SET);
	expect(sys_read((int)fd, page, 4), -EFAULT, "read(2) into it");
	expect(mprotect(page, 4096, PROT_READ | PROT_WRITE), 0, "PROT_READ | PROT_WRITE again");
	put(page);
	put(": the bytes are back\n");
	expect(mprotect(page, 4096, PROT_READ), 0, "PROT_READ");
	child_expect("a store to a read-only page", store, CLD_KILLED, SIGSEGV);
	expect(sys_read((int)fd, page, 4), -EFAULT, "read(2) into a read-only page");
	mprotect(page, 4096, PROT_READ | PROT_WRITE);

	expect(mprotect(fresh, 4096, PROT_NONE), 0, "PROT_NONE on a heap page never touched");
	child_expect("a load from it", load_fresh, CLD_KILLED, SIGSEGV);

	expect(mprotect(page, ~0UL, PROT_READ), -ENOMEM, "a length that wraps");
	expect(mprotect(page, ~0UL - 4096, PROT_READ), -ENOMEM, "another");
	expect(mprotect(page, 1UL << 50, PROT_READ), -ENOMEM, "past the user address space");
	expect(mprotect(page, ~0UL, 8 | PROT_READ), -ENOMEM, "the length before prot");
	expect(mprotect(page + 1, 4096, PROT_READ), -EINVAL, "an unaligned address");
	expect(mprotect(page, 4096, 0x40), -EINVAL, "unknown prot bits");
	(void)buf;
	return done(0);
}

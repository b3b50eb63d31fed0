// mmap of private anonymous memory, what a C library asks for (glibc's
// posix_spawn maps its child's stack there): the pages read as zeros and
// keep what is written, a write(2) can take them, PROT_NONE and
// PROT_READ mappings fault on a store, mprotect works on them, munmap
// takes them away (a load then is SIGSEGV), and a forked child gets a
// private copy. Errors, in Linux's order: an offset not page aligned,
// length 0 or no MAP_PRIVATE are EINVAL; a length
// that rounds past the top or is larger than the address space ENOMEM,
// before the missing MAP_PRIVATE is seen; munmap of an unaligned address or of
// length 0 EINVAL. Addresses differ between drivers: none is printed.
#include "sys.h"
#include "out.h"
#include "child.h"

#define SYS_munmap	215
#define SYS_mmap	222
#define PROT_NONE	0
#define PROT_READ	1
#define PROT_WRITE	2
#define MAP_PRIVATE	0x02
#define MAP_ANONYMOUS	0x20
#define MAP_STACK	0x20000
#define ANON		(MAP_PRIVATE | MAP_ANONYMOUS)

static char *gone, *ro, *none;

static long map(unsigned long len, long prot, long flags, long off)
{
	return syscall(SYS_mmap, 0L, len, prot, flags, -1L, off);
}

static long unmap(void *p, unsigned long len) { return syscall(SYS_munmap, p, len); }

static int load_gone(void) { return *(volatile char *)gone; }
static int store_ro(void) { *(volatile char *)ro = 1; return 0; }
static int load_none(void) { return *(volatile char *)none; }
static int store_none(void) { *(volatile char *)none = 1; return 0; }

int main(void)
{
	long r = map(3 * 4096 + 10, PROT_READ | PROT_WRITE, ANON, 0);
	check(r > 0 && (r & 4095) == 0, "mmap of 3 pages and 10 bytes gives a page address");
	char *p = (char *)r;
	long zeros = 0;
	for (int i = 0; i < 4 * 4096; i++)
		zeros += p[i] == 0;
	expect(zeros, 4 * 4096, "its four pages read as zeros");
	memcpy(p + 4096 * 2 + 100, "kept", 5);
	expect(memcmp(p + 4096 * 2 + 100, "kept", 5), 0, "and keep what is written");
	expect(sys_write(1, p + 4096 * 2 + 100, 4), 4, "write(2) from it");
	put("\n");

	long fd = sys_open("f", O_CREAT | O_RDWR, 0644);
	sys_write((int)fd, "data", 4);
	expect(syscall(SYS_pread64, fd, p + 4096 * 3, 4L, 0L), 4, "read(2) into an untouched page");
	expect(memcmp(p + 4096 * 3, "data", 4), 0, "which holds the bytes");
	sys_close((int)fd);

	long pid = sys_fork();
	if (pid == 0) {
		p[0] = 'c';
		sys_exit(p[4096 * 2 + 100] == 'k' ? 3 : 4);
	}
	int status;
	sys_wait4((int)pid, &status, 0, 0);
	expect(status >> 8, 3, "a forked child reads the mapping");
	expect(p[0], 0, "and its store stays its own");

	gone = p + 4096;
	expect(unmap(gone, 4096), 0, "munmap of the second page");
	child_expect("a load from it", load_gone, CLD_KILLED, SIGSEGV);
	expect(p[4096 * 2 + 100], 'k', "the next page is still there");
	expect(unmap(p, 4 * 4096), 0, "munmap of all four (one already gone)");

	ro = (char *)map(4096, PROT_READ, ANON, 0);
	expect(ro[0], 0, "a PROT_READ mapping reads zeros");
	child_expect("a store to it", store_ro, CLD_KILLED, SIGSEGV);
	expect(syscall(SYS_mprotect, ro, 4096L, (long)(PROT_READ | PROT_WRITE)), 0, "mprotect it writable");
	ro[0] = 5;
	expect(ro[0], 5, "then a store works");
	none = (char *)map(8192, PROT_NONE, ANON | MAP_STACK, 0);
	child_expect("a load from a PROT_NONE mapping", load_none, CLD_KILLED, SIGSEGV);
	child_expect("a store to it", store_none, CLD_KILLED, SIGSEGV);
	expect(unmap(none, 8192), 0, "munmap it");
	expect(unmap(ro, 4096), 0, "munmap the other");

	/* many maps and unmaps in a row: the space comes back */
	long ok = 0;
	for (int i = 0; i < 2000; i++) {
		char *m = (char *)map(1 << 20, PROT_READ | PROT_WRITE, ANON, 0);
		if ((long)m > 0) {
			m[i * 500] = 1;
			ok += unmap(m, 1 << 20) == 0;
		}
	}
	expect(ok, 2000, "2000 maps and unmaps of 1 MiB");

	expect(map(4096, PROT_READ, ANON, 100), -EINVAL, "an offset not page aligned");
	expect(map(0, PROT_READ, ANON, 0), -EINVAL, "length 0");
	expect(map(4096, PROT_READ, MAP_ANONYMOUS, 0), -EINVAL, "neither private nor shared");
	expect(map(-4096UL + 1, PROT_READ, ANON, 0), -ENOMEM, "a length that rounds past the top");
	expect(map(-4096UL + 1, PROT_READ, MAP_ANONYMOUS, 0), -ENOMEM, "that without MAP_PRIVATE too");
	expect(map(-4096UL, PROT_READ, ANON, 0), -ENOMEM, "a length past the address space");
	expect(map(-4096UL, PROT_READ, MAP_ANONYMOUS, 0), -ENOMEM, "that without MAP_PRIVATE too");
	expect(unmap((char *)4097, 4096), -EINVAL, "munmap of an unaligned address");
	r = map(4096, PROT_READ, ANON, 0);
	expect(unmap((char *)r, 0), -EINVAL, "munmap of length 0");
	expect(unmap((char *)r, 4096), 0, "munmap");
	return done(0);
}

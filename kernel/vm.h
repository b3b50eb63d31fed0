/* A user address space: the image, the heap (brk), anonymous mmap and
 * the stack, with heap and stack pages given on first touch. */
#ifndef VM_H
#define VM_H

#include "types.h"

struct vm {
	u64 root;       /* page table */
	u64 brk_lo;     /* start of the heap: end of the image, page aligned */
	u64 brk;
	u64 bus_lo, bus_hi; /* image pages past its file's last page: SIGBUS */
	u64 mmap_lo;    /* lowest page mmap gave: [mmap_lo, MMAP_TOP) in use */
};

int vm_init(struct vm *vm);
void vm_free(struct vm *vm);
int vm_copy(struct vm *dst, const struct vm *src);
/* A page for a fault at va: a heap or stack page on first touch, or a
 * private copy of a borrowed page on write. 0, or -1 for a real fault. */
int vm_fault(struct vm *vm, u64 va, int write);
int vm_map_zero(struct vm *vm, u64 va, int prot);

/* Checks that [va, va+n) is user memory (writable if write), counting
 * heap and stack pages not yet given as valid: 0 or -EFAULT. */
int vm_check(struct vm *vm, u64 va, u64 n, int write);
/* The same, and gives those pages; then the kernel may use the range
 * through its user addresses in the current address space. */
int vm_touch(struct vm *vm, u64 va, u64 n, int write);
/* Copies through the kernel's map, so vm need not be the current one. */
int vm_copyout(struct vm *vm, u64 va, const void *src, u64 n);
int vm_copyin(struct vm *vm, void *dst, u64 va, u64 n);
/* A NUL-terminated string of at most max bytes with its NUL: length,
 * -EFAULT or -ENAMETOOLONG. */
long vm_copyinstr(struct vm *vm, char *dst, u64 va, u64 max);
u64 vm_page(struct vm *vm, u64 va, int write); /* pa of va's page or 0 */

struct trapframe;
long sys_brk(const u64 *arg, struct trapframe *tf);
long sys_mprotect(const u64 *arg, struct trapframe *tf);
long sys_mmap(const u64 *arg, struct trapframe *tf);
long sys_munmap(const u64 *arg, struct trapframe *tf);

#endif

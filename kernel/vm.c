/* User address spaces. A forked child borrows its parent's pages and
 * copies one only when it writes to it, so a fork costs a walk of the
 * pages in use, and a fork then exec copies almost nothing. */
#include "vm.h"
#include "arch.h"
#include "abi.h"
#include "lib.h"
#include "page.h"
#include "proc.h"

#define BRK_MAX (STACK_LO - STACK_GAP)

/* What every heap or stack page reads until it is written: one frame of
 * zeros, mapped borrowed, so reading (or write(2)-ing) untouched memory
 * costs no memory; the first write copies it. */
static const u8 zero_page[PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));

int vm_init(struct vm *vm)
{
	vm->root = pt_new();
	vm->brk_lo = vm->brk = vm->bus_lo = vm->bus_hi = 0;
	vm->mmap_lo = MMAP_TOP;
	return vm->root ? 0 : -ENOMEM;
}

void vm_free(struct vm *vm)
{
	if (vm->root)
		pt_free(vm->root);
	vm->root = 0;
}

int vm_copy(struct vm *dst, const struct vm *src)
{
	if (vm_init(dst) < 0)
		return -ENOMEM;
	dst->brk_lo = src->brk_lo;
	dst->brk = src->brk;
	dst->bus_lo = src->bus_lo;
	dst->bus_hi = src->bus_hi;
	dst->mmap_lo = src->mmap_lo;
	if (pt_borrow(dst->root, src->root) < 0) {
		vm_free(dst);
		return -ENOMEM;
	}
	return 0;
}

int vm_map_zero(struct vm *vm, u64 va, int prot)
{
	u64 pa = page_alloc_zeroed();
	if (!pa)
		return -ENOMEM;
	if (pt_map(vm->root, PAGE_DOWN(va), pa, prot) < 0) {
		page_free(pa);
		return -ENOMEM;
	}
	return 0;
}

static int demand_zero(const struct vm *vm, u64 va)
{
	return (va >= vm->brk_lo && va < PAGE_UP(vm->brk)) ||
	       (va >= STACK_LO && va < STACK_TOP);
}

int vm_fault(struct vm *vm, u64 va, int write)
{
	int prot;
	if (!pt_lookup(vm->root, va, &prot)) {
		if (!demand_zero(vm, va))
			return -1;
		if (write)
			return vm_map_zero(vm, va, PROT_R | PROT_W);
		return pt_map_borrowed(vm->root, PAGE_DOWN(va), V2P(zero_page));
	}
	if (write && (prot & PROT_COW))
		return pt_own(vm->root, PAGE_DOWN(va)) ? 0 : -1;
	return -1;
}

u64 vm_page(struct vm *vm, u64 va, int write)
{
	int prot;
	if (va >= USER_TOP)
		return 0;
	u64 pa = pt_lookup(vm->root, va, &prot);
	if (!pa || (write && !(prot & PROT_W))) {
		if (vm_fault(vm, va, write) < 0)
			return 0;
		pa = pt_lookup(vm->root, va, &prot);
	}
	return prot & PROT_R ? pa : 0;
}

static int check(struct vm *vm, u64 va, u64 n, int write, int touch)
{
	if (va + n < va || va + n > USER_TOP)
		return -EFAULT; /* even for n == 0, as Linux's access_ok */
	if (n == 0)
		return 0;
	for (u64 p = PAGE_DOWN(va); p < va + n; p += PAGE_SIZE) {
		int prot;
		if (pt_lookup(vm->root, p, &prot)) {
			if (!(prot & PROT_R))
				return -EFAULT;
			if (write && !(prot & PROT_W) &&
			    (!(prot & PROT_COW) || (touch && vm_fault(vm, p, 1) < 0)))
				return -EFAULT;
		} else if (!demand_zero(vm, p) || (touch && vm_fault(vm, p, write) < 0))
			return -EFAULT;
	}
	return 0;
}

int vm_check(struct vm *vm, u64 va, u64 n, int write) { return check(vm, va, n, write, 0); }

int vm_touch(struct vm *vm, u64 va, u64 n, int write) { return check(vm, va, n, write, 1); }

static int copy(struct vm *vm, u64 va, void *buf, u64 n, int out)
{
	if (va + n < va)
		return -EFAULT;
	u8 *b = buf;
	while (n) {
		u64 in = va & (PAGE_SIZE - 1), chunk = PAGE_SIZE - in;
		if (chunk > n)
			chunk = n;
		u64 pa = vm_page(vm, va, out);
		if (!pa)
			return -EFAULT;
		u8 *k = (u8 *)P2V(pa) + in;
		if (out)
			memcpy(k, b, chunk);
		else
			memcpy(b, k, chunk);
		va += chunk;
		b += chunk;
		n -= chunk;
	}
	return 0;
}

int vm_copyout(struct vm *vm, u64 va, const void *src, u64 n) { return copy(vm, va, (void *)src, n, 1); }

int vm_copyin(struct vm *vm, void *dst, u64 va, u64 n) { return copy(vm, va, dst, n, 0); }

long vm_copyinstr(struct vm *vm, char *dst, u64 va, u64 max)
{
	u64 len = 0;
	while (len < max) {
		u64 pa = vm_page(vm, va + len, 0);
		if (!pa)
			return -EFAULT;
		const char *k = P2V(pa);
		for (u64 i = (va + len) & (PAGE_SIZE - 1); i < PAGE_SIZE && len < max; i++) {
			dst[len] = k[i];
			if (!k[i])
				return (long)len;
			len++;
		}
	}
	return -ENAMETOOLONG;
}

/* brk as Linux does it: below the start or beyond memory, the break
 * stays; pages given by growing read as zeros, and the rest of the
 * break's own page keeps its bytes (qemu-user clears them). */
long sys_brk(const u64 *arg, struct trapframe *tf)
{
	struct vm *vm = &curproc->vm;
	u64 want = arg[0];
	if (want < vm->brk_lo || want > BRK_MAX)
		return (long)vm->brk;
	u64 old_end = PAGE_UP(vm->brk), new_end = PAGE_UP(want);
	if (want > vm->brk) {
		u64 need = (new_end - old_end) >> PAGE_SHIFT;
		if (need + RESERVE_PAGES > page_free_count())
			return (long)vm->brk;
	} else {
		for (u64 p = new_end; p < old_end; p += PAGE_SIZE)
			pt_unmap(vm->root, p);
	}
	vm->brk = want;
	return (long)want;
}

/* The page protection of mmap's and mprotect's PROT_* bits: any but
 * PROT_NONE reads. */
static int user_prot(int prot)
{
	return (prot ? PROT_R : 0) | (prot & 2 ? PROT_W : 0) | (prot & 4 ? PROT_X : 0);
}

/* mprotect on pages the program has: its image, heap and stack. Pages
 * not given yet in the heap or stack are given first, so the new
 * protection holds for them too. PROT_NONE takes every access away; any
 * other protection reads. The checks come in Linux's order. */
long sys_mprotect(const u64 *arg, struct trapframe *tf)
{
	struct vm *vm = &curproc->vm;
	u64 va = arg[0], len = PAGE_UP(arg[1]);
	int prot = (int)arg[2];
	if (va & (PAGE_SIZE - 1))
		return -EINVAL;
	if (arg[1] == 0)
		return 0;
	if (va + len <= va)
		return -ENOMEM;
	if (prot & ~7)
		return -EINVAL;
	if (va + len > USER_TOP)
		return -ENOMEM;
	for (u64 p = va; p < va + len; p += PAGE_SIZE) {
		int old;
		if (!pt_lookup(vm->root, p, &old) && (!demand_zero(vm, p) || vm_fault(vm, p, 0) < 0))
			return -ENOMEM;
	}
	for (u64 p = va; p < va + len; p += PAGE_SIZE)
		pt_protect(vm->root, p, user_prot(prot));
	return 0;
}

/* mmap of private anonymous memory, the kind a C library asks for (a
 * spawned child's stack, a large malloc): the pages sit below the last
 * ones given, and each maps the zero page, so they cost no memory until
 * written. The address hint and unknown prot bits are ignored, as Linux
 * ignores them; MAP_FIXED, shared memory and files are refused. */
long sys_mmap(const u64 *arg, struct trapframe *tf)
{
	struct vm *vm = &curproc->vm;
	u64 len = PAGE_UP(arg[1]);
	int prot = (int)arg[2], flags = (int)arg[3];
	if (arg[5] & (PAGE_SIZE - 1))
		return -EINVAL;
	if (!(flags & MAP_ANONYMOUS))
		return -ENODEV;
	if (arg[1] == 0)
		return -EINVAL;
	/* A length that wraps or finds no room is ENOMEM before the flags are
	 * looked at, as Linux finds the area before it reads the map type. */
	if (len < arg[1] || len > vm->mmap_lo - MMAP_LO)
		return -ENOMEM;
	if ((flags & ~(MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_POPULATE | MAP_STACK)) ||
	    (flags & (MAP_SHARED | MAP_PRIVATE)) != MAP_PRIVATE)
		return -EINVAL;
	if ((len >> PAGE_SHIFT) + RESERVE_PAGES > page_free_count())
		return -ENOMEM;
	u64 va = vm->mmap_lo - len;
	for (u64 p = va; p < vm->mmap_lo; p += PAGE_SIZE)
		if (pt_map_borrowed(vm->root, p, V2P(zero_page)) < 0 ||
		    pt_protect(vm->root, p, user_prot(prot)) < 0) {
			for (u64 q = va; q <= p; q += PAGE_SIZE)
				pt_unmap(vm->root, q);
			return -ENOMEM;
		}
	vm->mmap_lo = va;
	return (long)va;
}

/* munmap of what mmap gave (a range outside mmap's area is -EINVAL).
 * Freed pages at the bottom of the area are given out again. */
long sys_munmap(const u64 *arg, struct trapframe *tf)
{
	struct vm *vm = &curproc->vm;
	u64 va = arg[0], len = PAGE_UP(arg[1]);
	int prot;
	if ((va & (PAGE_SIZE - 1)) || arg[1] == 0 || len < arg[1] || va < MMAP_LO ||
	    va > MMAP_TOP || len > MMAP_TOP - va)
		return -EINVAL;
	for (u64 p = va; p < va + len; p += PAGE_SIZE)
		pt_unmap(vm->root, p);
	while (vm->mmap_lo < MMAP_TOP && !pt_lookup(vm->root, vm->mmap_lo, &prot))
		vm->mmap_lo += PAGE_SIZE;
	return 0;
}

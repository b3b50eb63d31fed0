/* User page tables: 4 KiB pages, 39-bit VAs, three levels (L1..L3).
 * The kernel lives in TTBR1 (boot.S); a user address space is a TTBR0
 * root holding only user pages, so a program can reach neither kernel
 * memory nor devices. */
#include "arch.h"
#include "abi.h"
#include "lib.h"
#include "page.h"

#define DESC_VALID 1UL
#define DESC_TABLE 3UL
#define DESC_PAGE 3UL
#define DESC_AF (1UL << 10)
#define DESC_SH_INNER (3UL << 8)
#define DESC_NORMAL (1UL << 2)          /* MAIR attr index 1 */
#define DESC_AP_EL0_RW (1UL << 6)
#define DESC_AP_RO (3UL << 6)
#define DESC_PXN (1UL << 53)
#define DESC_UXN (1UL << 54)
#define DESC_BORROWED (1UL << 55)       /* software bits: frame not ours, */
#define DESC_COW_W (1UL << 56)          /* and writable once copied; */
#define DESC_SHARED (1UL << 57)         /* frame held by reference */
#define DESC_ADDR 0x0000fffffffff000UL

static u64 *table(u64 desc) { return P2V(desc & DESC_ADDR); }

static u64 idx(u64 va, int level) { return (va >> (39 - 9 * level)) & 511; }

/* The L3 entry for va, creating missing tables when alloc is set. */
static u64 *walk(u64 root, u64 va, int alloc)
{
	u64 *t = P2V(root);
	for (int level = 1; level < 3; level++) {
		u64 *e = &t[idx(va, level)];
		if (!(*e & DESC_VALID)) {
			if (!alloc)
				return NULL;
			u64 pa = page_alloc_zeroed();
			if (!pa)
				return NULL;
			*e = pa | DESC_TABLE;
		}
		t = table(*e);
	}
	return &t[idx(va, 3)];
}

/* Drops the TLB entry of va after its descriptor changed. */
static void flush_va(u64 va)
{
	asm volatile("dsb ishst; tlbi vaae1, %0; dsb ish; isb" ::"r"(va >> 12) : "memory");
}

u64 pt_new(void) { return page_alloc_zeroed(); }

/* The access bits: read-write, read-only, or none at EL0 (PROT_NONE). */
static u64 desc_ap(int prot)
{
	return (prot & PROT_W) ? DESC_AP_EL0_RW : (prot & PROT_R) ? DESC_AP_RO : 0;
}

static u64 page_desc(u64 pa, int prot)
{
	u64 d = pa | DESC_PAGE | DESC_AF | DESC_SH_INNER | DESC_NORMAL | DESC_PXN | desc_ap(prot);
	if (!(prot & PROT_X))
		d |= DESC_UXN;
	return d;
}

int pt_map(u64 root, u64 va, u64 pa, int prot)
{
	u64 *e = walk(root, va, 1);
	if (!e)
		return -ENOMEM;
	*e = page_desc(pa, prot);
	return 0;
}

int pt_map_shared(u64 root, u64 va, u64 pa, int prot)
{
	u64 *e = walk(root, va, 1);
	if (!e)
		return -ENOMEM;
	page_ref(pa);
	*e = page_desc(pa, prot & ~PROT_W) | DESC_SHARED | ((prot & PROT_W) ? DESC_COW_W : 0);
	return 0;
}

int pt_map_borrowed(u64 root, u64 va, u64 pa)
{
	u64 *e = walk(root, va, 1);
	if (!e)
		return -ENOMEM;
	*e = page_desc(pa, PROT_R) | DESC_BORROWED | DESC_COW_W;
	return 0;
}

/* Drops the frame of descriptor d as its kind of holding requires. */
static void release(u64 d)
{
	if (d & DESC_BORROWED)
		return;
	if (d & DESC_SHARED)
		page_unref(d & DESC_ADDR);
	else
		page_free(d & DESC_ADDR);
}

static int desc_prot(u64 d)
{
	int prot = (d & DESC_AP_EL0_RW) ? PROT_R : 0; /* AP[1]: EL0 has access */
	if ((d & DESC_AP_RO) == DESC_AP_EL0_RW)
		prot |= PROT_W;
	if (!(d & DESC_UXN))
		prot |= PROT_X;
	if (d & DESC_COW_W)
		prot |= PROT_COW;
	if (d & (DESC_BORROWED | DESC_SHARED))
		prot |= PROT_SHARED;
	return prot;
}

u64 pt_lookup(u64 root, u64 va, int *prot)
{
	u64 *e = walk(root, va, 0);
	if (!e || !(*e & DESC_VALID))
		return 0;
	*prot = desc_prot(*e);
	return *e & DESC_ADDR;
}

void pt_unmap(u64 root, u64 va)
{
	u64 *e = walk(root, va, 0);
	if (!e || !(*e & DESC_VALID))
		return;
	u64 d = *e;
	*e = 0;
	flush_va(va);
	release(d);
}

/* Frees table t of the given level and those below it, releasing the
 * frames they map. */
static void free_level(u64 *t, int level)
{
	for (int i = 0; i < 512; i++) {
		if (!(t[i] & DESC_VALID))
			continue;
		if (level == 3)
			release(t[i]);
		else
			free_level(table(t[i]), level + 1);
	}
	page_free(V2P(t));
}

void pt_free(u64 root) { free_level(P2V(root), 1); }

/* Maps every page below table t (of the given level, first address va)
 * into dst, borrowed and, if writable, copy-on-write. */
static int borrow_level(u64 dst, u64 *t, int level, u64 va)
{
	for (int i = 0; i < 512; i++) {
		u64 d = t[i], at = va | (u64)i << (39 - 9 * level), *e;
		if (!(d & DESC_VALID))
			continue;
		if (level < 3) {
			if (borrow_level(dst, table(d), level + 1, at) < 0)
				return -ENOMEM;
			continue;
		}
		if (!(e = walk(dst, at, 1)))
			return -ENOMEM;
		if ((d & DESC_AP_RO) == DESC_AP_EL0_RW)
			d = (d & ~DESC_AP_RO) | DESC_AP_RO | DESC_COW_W;
		*e = (d & ~DESC_SHARED) | DESC_BORROWED;
	}
	return 0;
}

int pt_borrow(u64 dst, u64 src) { return borrow_level(dst, P2V(src), 1, 0); }

u64 pt_own(u64 root, u64 va)
{
	u64 *e = walk(root, va, 0);
	u64 pa = page_alloc();
	if (!pa)
		return 0;
	memcpy(P2V(pa), table(*e), PAGE_SIZE);
	u64 old = *e;
	u64 d = (old & ~(DESC_ADDR | DESC_BORROWED | DESC_SHARED | DESC_COW_W | DESC_AP_RO)) | pa;
	d |= (old & DESC_COW_W) ? DESC_AP_EL0_RW : DESC_AP_RO;
	*e = d;
	release(old);
	if (!(d & DESC_UXN))
		cache_sync_code(P2V(pa), PAGE_SIZE);
	flush_va(va);
	return pa;
}

int pt_protect(u64 root, u64 va, int prot)
{
	u64 *e = walk(root, va, 0);
	if (!e || !(*e & DESC_VALID))
		return -1;
	u64 d = *e & ~(DESC_AP_RO | DESC_UXN | DESC_COW_W);
	if ((prot & PROT_W) && (d & (DESC_BORROWED | DESC_SHARED)))
		d |= DESC_AP_RO | DESC_COW_W;
	else
		d |= desc_ap(prot);
	if (!(prot & PROT_X))
		d |= DESC_UXN;
	*e = d;
	flush_va(va);
	return 0;
}

void pt_activate(u64 root)
{
	asm volatile("msr ttbr0_el1, %0; isb; tlbi vmalle1; dsb nsh; ic iallu; dsb nsh; isb"
		     ::"r"(root) : "memory");
}

void cache_sync_code(void *kva, u64 len)
{
	u64 ctr;
	asm volatile("mrs %0, ctr_el0" : "=r"(ctr));
	u64 line = 4UL << ((ctr >> 16) & 15);
	u64 p = (u64)kva & ~(line - 1);
	for (; p < (u64)kva + len; p += line)
		asm volatile("dc cvau, %0" ::"r"(p) : "memory");
	asm volatile("dsb ish" ::: "memory");
}

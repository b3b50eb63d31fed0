/* execve: check the ELF file completely, build the new address space
 * beside the old one, and only then replace the old one, so a bad file
 * leaves the caller as it was. */
#include "exec.h"
#include "arch.h"
#include "abi.h"
#include "file.h"
#include "lib.h"
#include "page.h"
#include "proc.h"
#include "syscall.h"

#define PT_LOAD 1
#define PT_INTERP 3
#define PF_X 1
#define PF_W 2
#define ET_EXEC 2

#define AT_NULL 0
#define AT_PHDR 3
#define AT_PHENT 4
#define AT_PHNUM 5
#define AT_PAGESZ 6
#define AT_ENTRY 9
#define AT_RANDOM 25

struct ehdr {
	u8 ident[16];
	u16 type, machine;
	u32 version;
	u64 entry, phoff, shoff;
	u32 flags;
	u16 ehsize, phentsize, phnum, shentsize, shnum, shstrndx;
};

struct phdr {
	u32 type, flags;
	u64 offset, vaddr, paddr, filesz, memsz, align;
};

#define MAX_PHNUM (PAGE_SIZE / sizeof(struct phdr)) /* 73: Linux reads a page */

struct image {
	struct ehdr eh;
	struct phdr ph[MAX_PHNUM];
	u64 end;        /* highest segment end */
	u64 phdr_va;    /* where the program headers are mapped, or 0 */
};

int exec_args_alloc(struct args *a)
{
	a->buf = kalloc(MAX_ARGS_BYTES);
	a->len = 0;
	a->argc = a->envc = 0;
	return a->buf ? 0 : -ENOMEM;
}

void exec_args_free(struct args *a) { kfree(a->buf, MAX_ARGS_BYTES); }

static int elf_check(struct inode *ip, struct image *im)
{
	static const u8 magic[7] = { 0x7f, 'E', 'L', 'F', 2, 1, 1 };
	struct ehdr *eh = &im->eh;
	if (tmpfs_read(ip, 0, eh, sizeof *eh) != sizeof *eh || memcmp(eh->ident, magic, 7) ||
	    eh->type != ET_EXEC || eh->machine != ARCH_ELF_MACHINE ||
	    eh->phentsize != sizeof(struct phdr) || eh->phnum == 0 || eh->phnum > MAX_PHNUM)
		return -ENOEXEC;
	u64 phsize = (u64)eh->phnum * sizeof(struct phdr);
	if (eh->phoff > ip->size || phsize > ip->size - eh->phoff ||
	    tmpfs_read(ip, eh->phoff, im->ph, phsize) != (long)phsize)
		return -ENOEXEC;
	int loads = 0;
	u64 pages = 0;
	im->end = 0;
	im->phdr_va = 0;
	for (int i = 0; i < eh->phnum; i++) {
		struct phdr *ph = &im->ph[i];
		if (ph->type == PT_INTERP)
			return -ENOEXEC;
		if (ph->type != PT_LOAD || ph->memsz == 0)
			continue;
		/* As Linux, a file size past the end of the file is loaded:
		 * zeros in its last page, SIGBUS beyond (load_segments). */
		if (ph->filesz > ph->memsz || ph->offset + ph->filesz < ph->offset ||
		    ph->vaddr < USER_LO ||
		    ph->memsz > STACK_LO - STACK_GAP || ph->vaddr > STACK_LO - STACK_GAP - ph->memsz)
			return -ENOEXEC;
		loads++;
		pages += (PAGE_UP(ph->vaddr + ph->memsz) - PAGE_DOWN(ph->vaddr)) >> PAGE_SHIFT;
		if (ph->vaddr + ph->memsz > im->end)
			im->end = ph->vaddr + ph->memsz;
		if (eh->phoff >= ph->offset && eh->phoff + phsize <= ph->offset + ph->filesz)
			im->phdr_va = ph->vaddr + (eh->phoff - ph->offset);
	}
	if (!loads)
		return -ENOEXEC;
	return pages > page_free_count() ? -ENOMEM : 0;
}

/* The file's own page for the user page at va of a read-only segment,
 * when the program can run from it directly: offsets congruent, the
 * page in the file, and no zero-filled tail inside it. NULL otherwise. */
static const u8 *file_page(struct inode *ip, struct phdr *ph, u64 va)
{
	if ((ph->flags & PF_W) || ((ph->offset - ph->vaddr) & (PAGE_SIZE - 1)))
		return NULL;
	if (ph->memsz > ph->filesz && va + PAGE_SIZE > ph->vaddr + ph->filesz)
		return NULL;
	u64 off = ph->offset + va - ph->vaddr; /* va may start below vaddr */
	return off < ip->size ? tmpfs_page(ip, off >> PAGE_SHIFT) : NULL;
}

/* Read-only pages are the file's own frames, shared by every process that
 * runs the file (and by QEMU's translation cache, which then need not
 * translate the program again); the others are private copies. */
static int load_segments(struct vm *vm, struct inode *ip, struct image *im)
{
	for (int i = 0; i < im->eh.phnum; i++) {
		struct phdr *ph = &im->ph[i];
		if (ph->type != PT_LOAD || ph->memsz == 0)
			continue;
		int prot = PROT_R | ((ph->flags & PF_W) ? PROT_W : 0) | ((ph->flags & PF_X) ? PROT_X : 0);
		for (u64 va = PAGE_DOWN(ph->vaddr); va < ph->vaddr + ph->memsz; va += PAGE_SIZE) {
			int old;
			/* the page's first byte of the segment, and its place in the file */
			u64 at = va > ph->vaddr ? va : ph->vaddr, first = ph->offset + (at - ph->vaddr);
			if (at < ph->vaddr + ph->filesz && first >= PAGE_UP(ip->size) &&
			    !pt_lookup(vm->root, va, &old)) {
				if (!vm->bus_hi)
					vm->bus_lo = va;
				vm->bus_hi = va + PAGE_SIZE;
				continue;
			}
			u64 pa = pt_lookup(vm->root, va, &old);
			const u8 *shared = pa ? NULL : file_page(ip, ph, va);
			if (shared) {
				if (pt_map_shared(vm->root, va, V2P(shared), prot) < 0)
					return -ENOMEM;
				if (prot & PROT_X)
					cache_sync_code((void *)shared, PAGE_SIZE);
				continue;
			}
			if (pa && (old & PROT_SHARED)) /* the file's page, from another segment */
				pa = pt_own(vm->root, va);
			else if (!pa) {
				if (!(pa = page_alloc_zeroed()))
					return -ENOMEM;
				old = 0;
			}
			if (!pa)
				return -ENOMEM;
			if (pt_map(vm->root, va, pa, prot | (old & (PROT_W | PROT_X))) < 0) {
				if (!old)
					page_free(pa);
				return -ENOMEM;
			}
			u64 lo = va > ph->vaddr ? va : ph->vaddr, hi = va + PAGE_SIZE;
			if (hi > ph->vaddr + ph->filesz)
				hi = ph->vaddr + ph->filesz;
			if (lo < hi)
				tmpfs_read(ip, ph->offset + (lo - ph->vaddr),
					   (u8 *)P2V(pa) + (lo - va), hi - lo);
			if (prot & PROT_X)
				cache_sync_code(P2V(pa), PAGE_SIZE);
		}
	}
	return 0;
}

/* argc, argv[], NULL, envp[], NULL, auxv, then the strings at the top. */
static int build_stack(struct vm *vm, struct args *a, struct image *im, u64 *spp)
{
	static const char random[16] = "seed:fixed-rand";
	u64 strings = STACK_TOP - PAGE_UP(a->len + 16);
	u64 rnd = strings - 16;
	u64 auxv[][2] = {
		{ AT_PHDR, im->phdr_va }, { AT_PHENT, sizeof(struct phdr) },
		{ AT_PHNUM, im->eh.phnum }, { AT_PAGESZ, PAGE_SIZE },
		{ AT_ENTRY, im->eh.entry }, { AT_RANDOM, rnd }, { AT_NULL, 0 },
	};
	int nvec = 1 + a->argc + 1 + a->envc + 1;
	u64 vecbytes = nvec * 8 + sizeof auxv;
	u64 sp = (rnd - vecbytes) & ~15UL;
	u64 at = sp, s = strings, v = a->argc;
	if (vm_copyout(vm, strings, a->buf, a->len) < 0 || vm_copyout(vm, rnd, random, 16) < 0 ||
	    vm_copyout(vm, at, &v, 8) < 0)
		return -ENOMEM;
	for (int i = 0; i < a->argc + a->envc + 2; i++) {
		v = 0; /* the NULLs that end argv and envp */
		if (i != a->argc && i != a->argc + a->envc + 1) {
			v = s;
			s += strlen(a->buf + (s - strings)) + 1;
		}
		if (vm_copyout(vm, at += 8, &v, 8) < 0)
			return -ENOMEM;
	}
	if (vm_copyout(vm, at + 8, auxv, sizeof auxv) < 0)
		return -ENOMEM;
	*spp = sp;
	return 0;
}

int exec_allowed(const struct inode *ip)
{
	if (ip->isdir || !(ip->mode & 0111))
		return -EACCES;
	if (ip->nwriters) /* as Linux: not a file open for writing */
		return -ETXTBSY;
	return 0;
}

int exec(struct proc *p, struct inode *ip, struct args *a, struct trapframe *tf)
{
	struct image *im = kalloc(sizeof *im);
	if (!im)
		return -ENOMEM;
	struct vm vm;
	u64 sp;
	int r = elf_check(ip, im);
	if (r == 0 && (r = vm_init(&vm)) == 0) {
		vm.brk_lo = vm.brk = PAGE_UP(im->end);
		r = load_segments(&vm, ip, im);
		if (r == 0)
			r = build_stack(&vm, a, im, &sp);
		if (r < 0)
			vm_free(&vm);
	}
	if (r == 0) {
		struct vm old = p->vm;
		p->vm = vm;
		pt_activate(vm.root); /* before the old tables are freed */
		proc_vm_release(p, &old);
		ip->nopen++;
		if (p->exe)
			tmpfs_put(p->exe);
		p->exe = ip;
		fd_close_on_exec(p);
		signal_exec(p);
		fp_reset();
		tf_init_user(tf, im->eh.entry, sp);
	}
	kfree(im, sizeof *im);
	return r;
}

const char *exec_error(int r)
{
	switch (-r) {
	case ENOENT: return "no such file among the inputs";
	case EACCES: return "not executable (a directory, or no x permission bit)";
	case ENOEXEC: return "not a static " ARCH_NAME " ELF executable this kernel can load";
	case ENOMEM: return "out of memory";
	case E2BIG: return "arguments too long";
	case ETXTBSY: return "open for writing";
	default: return "error";
	}
}

/* Copies a NULL-terminated array of user strings into a (count is
 * a->argc or a->envc). Linux's limits: each string MAX_ARG_STRLEN with its
 * NUL, and the strings and a pointer for each within MAX_ARGS_BYTES. */
static int copy_strings(struct args *a, u64 uvec, int *count)
{
	*count = 0;
	if (!uvec)
		return 0;
	for (;;) {
		u64 us, room = MAX_ARGS_BYTES - a->len;
		if (vm_copyin(&curproc->vm, &us, uvec + 8 * *count, 8) < 0)
			return -EFAULT;
		if (!us)
			return 0;
		long n = vm_copyinstr(&curproc->vm, a->buf + a->len, us,
				      room < MAX_ARG_STRLEN ? room : MAX_ARG_STRLEN);
		if (n == -ENAMETOOLONG)
			return -E2BIG;
		if (n < 0)
			return (int)n;
		a->len += n + 1;
		++*count;
		if (a->len + 8 * (u64)(a->argc + a->envc) > MAX_ARGS_BYTES)
			return -E2BIG;
	}
}

/* There is no /proc, but "/proc/self/exe" names the file the caller runs,
 * as on Linux: busybox runs its applets by that name. */
#define SELF_EXE "/proc/self/exe"

long sys_execve(const u64 *arg, struct trapframe *tf)
{
	char path[MAX_PATH], name[MAX_PATH];
	u32 len;
	struct args a;
	int must_dir;
	long r = vm_copyinstr(&curproc->vm, path, arg[0], MAX_PATH);
	if (r < 0)
		return r;
	struct inode *ip = curproc->exe;
	if (r != sizeof SELF_EXE - 1 || memcmp(path, SELF_EXE, r) != 0) {
		if ((r = path_resolve(AT_FDCWD, path, name, &len, &must_dir)) < 0)
			return r;
		if (!(ip = tmpfs_lookup(name, len)))
			return -ENOENT;
		if (must_dir && !ip->isdir)
			return -ENOTDIR;
	}
	if ((r = exec_allowed(ip)) < 0 || (r = exec_args_alloc(&a)) < 0)
		return r;
	if ((r = copy_strings(&a, arg[1], &a.argc)) == 0 &&
	    (r = copy_strings(&a, arg[2], &a.envc)) == 0)
		r = exec(curproc, ip, &a, tf);
	exec_args_free(&a);
	return r;
}

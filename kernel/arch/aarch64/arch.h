/* What the portable kernel needs from the machine. The only arch header
 * the core includes. */
#ifndef ARCH_H
#define ARCH_H

#include "types.h"

/* This arch's values of what the portable code names. */
#define ARCH_NAME "aarch64"             /* uname's machine */
#define ARCH_ELF_MACHINE 183            /* EM_AARCH64: what execve loads */
#define ARCH_RAM_LIMIT (64UL << 30)     /* the RAM boot.S maps */
#define USER_VA_BITS 39                 /* boot.S's TCR_VALUE (T0SZ 25) */
#define O_DIRECTORY 040000              /* open flags where arm64 differs */
#define O_LARGEFILE 0400000             /* from x86: what F_GETFL reports */

/* Kernel virtual address of physical address pa: all RAM is mapped
 * linearly at KERNBASE + pa (TTBR1). */
#define KERNBASE 0xffffff8000000000UL
#define P2V(pa) ((void *)((u64)(pa) + KERNBASE))
#define V2P(va) ((u64)(va) - KERNBASE)

/* Registers saved on entry from user mode (vectors.S lays it out). */
struct trapframe {
	u64 x[31];
	u64 sp;     /* sp_el0 */
	u64 pc;     /* elr_el1 */
	u64 pstate; /* spsr_el1 */
};

/* vectors.S saves and restores this layout by hand (TF_SIZE, the offsets
 * of x30/sp at 240 and pc/pstate at 256). */
_Static_assert(sizeof(struct trapframe) == 272, "vectors.S: TF_SIZE");
_Static_assert(__builtin_offsetof(struct trapframe, sp) == 248, "vectors.S: sp at 248");
_Static_assert(__builtin_offsetof(struct trapframe, pc) == 256, "vectors.S: pc at 256");
_Static_assert(__builtin_offsetof(struct trapframe, pstate) == 264, "vectors.S: pstate at 264");

#define TF_SYSNO(tf) ((tf)->x[8])
#define TF_ARG(tf, i) ((tf)->x[i])
#define TF_RET(tf) ((tf)->x[0])

/* FP/SIMD registers and the thread pointer (tpidr_el0): user state
 * outside the trap frame, saved while a process waits for its child. */
struct fpstate {
	u64 v[64];
	u64 fpsr, fpcr;
	u64 tls;
};

/* fp_save and fp_restore (vectors.S) find fpsr, fpcr and tls at 512. */
_Static_assert(__builtin_offsetof(struct fpstate, fpsr) == 512, "vectors.S: fpsr at 512");
_Static_assert(__builtin_offsetof(struct fpstate, fpcr) == 520, "vectors.S: fpcr at 520");
_Static_assert(__builtin_offsetof(struct fpstate, tls) == 528, "vectors.S: tls at 528");

void fp_save(struct fpstate *fp);
void fp_restore(const struct fpstate *fp);
void fp_reset(void);
void tls_set(u64 tls);

void tf_init_user(struct trapframe *tf, u64 entry, u64 sp);
void user_return(struct trapframe *tf) __attribute__((noreturn));

/* Page tables of one user address space. Protections: */
#define PROT_R 1
#define PROT_W 2
#define PROT_X 4
#define PROT_COW 8     /* writable once pt_own has copied it */
#define PROT_SHARED 16 /* the frame is not this process's alone */
u64 pt_new(void);                      /* root table's pa, 0 if no memory */
int pt_map(u64 root, u64 va, u64 pa, int prot); /* 0 or -ENOMEM */
/* Maps a frame others hold too (a file's page): referenced, never
 * written in place (PROT_W becomes copy on write). */
int pt_map_shared(u64 root, u64 va, u64 pa, int prot);
/* Maps a frame that is never written nor freed (the zero page) read-only;
 * a write copies it (pt_own). */
int pt_map_borrowed(u64 root, u64 va, u64 pa);
u64 pt_lookup(u64 root, u64 va, int *prot);     /* pa of the page or 0 */
void pt_unmap(u64 root, u64 va);       /* and drops the frame */
void pt_free(u64 root);                /* tables, and drops every frame */
/* dst borrows every page of src read-only; a write makes a private copy
 * (pt_own). Sound because src's process cannot run until dst's ends. */
int pt_borrow(u64 dst, u64 src);
u64 pt_own(u64 root, u64 va);          /* new pa, or 0 if no memory */
/* 0, or -1 if not mapped. Without PROT_R (nor W or X) EL0 cannot touch it. */
int pt_protect(u64 root, u64 va, int prot);
void pt_activate(u64 root);
void cache_sync_code(void *kva, u64 len); /* after writing code */

/* The host channel: console, output files, power off. */
enum { HOST_STDOUT = 1, HOST_STDERR = 2 };
/* Arms the run's deadline, seconds from now, if the device tree named a
 * GIC (distributor and CPU interface at gicd and gicc); deadline.c. */
void deadline_start(u64 gicd, u64 gicc, u64 seconds);

void host_init(void);
void host_console_write(int stream, const void *buf, u64 len);
long host_file_open(const char *name);  /* handle, or -1 */
int host_file_write(long h, const void *buf, u64 len); /* 0 or -1 */
void host_file_close(long h);
void host_poweroff(int status) __attribute__((noreturn));

/* Nanoseconds since the machine started, from the generic timer. */
static inline u64 time_ns(void)
{
	u64 count, freq;
	asm volatile("isb; mrs %0, cntvct_el0; mrs %1, cntfrq_el0" : "=r"(count), "=r"(freq));
	return (u64)((__uint128_t)count * 1000000000UL / freq);
}

/* System call numbers of this arch: the one copy, in the C library. */
#include "../../../user/libc/arch/aarch64/syscall_nr.h"

#endif

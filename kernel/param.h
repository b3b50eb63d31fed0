/* Tunables and the user memory map, in one place. */
#ifndef PARAM_H
#define PARAM_H

#include "arch.h"   /* USER_VA_BITS */

#define PAGE_SIZE 4096UL
#define PAGE_SHIFT 12
#define PAGE_UP(x) (((x) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1))
#define PAGE_DOWN(x) ((x) & ~(PAGE_SIZE - 1))

#define NOFILE 1024              /* fds per process, like RLIMIT_NOFILE */
#define MAX_DEPTH 64             /* nesting limit of fork; beyond: EAGAIN */
#define MAX_PATH 4096            /* bytes of a path, with its NUL */
#define NAME_MAX 255             /* bytes of one name in a path, as Linux */
#define MAX_ARGS_BYTES (2UL << 20)  /* argv + envp strings and pointers: */
				    /* a quarter of the stack, as Linux */
#define MAX_ARG_STRLEN (128 * 1024) /* one string with its NUL, as Linux */
#define RESERVE_PAGES 1024       /* kept back for page tables and the kernel: */
				 /* brk and pipes leave them free */

/* User address space: [USER_LO, USER_TOP). The stack sits at the top and
 * is 8 MiB, qemu-user's default, so stack overflow faults at the same
 * depth under both drivers. The heap (brk) starts above the image and
 * may grow up to STACK_GAP below the stack. */
#define USER_LO PAGE_SIZE
#define USER_TOP (1UL << USER_VA_BITS)
#define STACK_TOP (USER_TOP - PAGE_SIZE)
#define STACK_SIZE (8UL << 20)
#define STACK_LO (STACK_TOP - STACK_SIZE)
#define STACK_GAP (1UL << 30)
/* mmap's area: the lower half of that gap, handed out from the top down;
 * the upper half keeps stack overflow a fault. */
#define MMAP_LO (STACK_LO - STACK_GAP)
#define MMAP_TOP (STACK_LO - STACK_GAP / 2)

#endif

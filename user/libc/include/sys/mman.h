#ifndef _SYS_MMAN_H
#define _SYS_MMAN_H
#include <bits/types.h>

#include <bits/mman.h>

/* mprotect is the kernel's; our mmap and munmap fail with ENOSYS
 * (src/misc/mman.c): memory comes from malloc. */
#define MAP_ANON MAP_ANONYMOUS
#define MAP_FAILED ((void *)-1)

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off);
int munmap(void *addr, size_t len);
int mprotect(void *addr, size_t len, int prot);

#endif

#ifndef _SYS_MMAN_H
#define _SYS_MMAN_H
#include <bits/types.h>

/* mprotect is the kernel's; mmap and munmap fail with ENOSYS, as the
 * seed kernel has neither (src/misc/mman.c). Memory comes from malloc. */
#define PROT_NONE 0
#define PROT_READ 1
#define PROT_WRITE 2
#define PROT_EXEC 4
#define MAP_SHARED 0x01
#define MAP_PRIVATE 0x02
#define MAP_FIXED 0x10
#define MAP_ANONYMOUS 0x20
#define MAP_ANON MAP_ANONYMOUS
#define MAP_FAILED ((void *)-1)

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off);
int munmap(void *addr, size_t len);
int mprotect(void *addr, size_t len, int prot);

#endif

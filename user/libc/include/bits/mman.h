/* mmap's and mprotect's protections and flags (Linux, aarch64). The
 * kernel reads them from here too (kernel/abi.h). */
#ifndef _BITS_MMAN_H
#define _BITS_MMAN_H

#define PROT_NONE 0
#define PROT_READ 1
#define PROT_WRITE 2
#define PROT_EXEC 4
#define MAP_SHARED 0x01
#define MAP_PRIVATE 0x02
#define MAP_FIXED 0x10
#define MAP_ANONYMOUS 0x20
#define MAP_NORESERVE 0x4000
#define MAP_POPULATE 0x8000
#define MAP_STACK 0x20000

#endif

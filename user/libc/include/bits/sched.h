/* clone's flags (Linux). Our libc has no clone of its own; the kernel
 * reads them from here (kernel/abi.h). */
#ifndef _BITS_SCHED_H
#define _BITS_SCHED_H

#define CLONE_VM 0x00000100
#define CLONE_VFORK 0x00004000
#define CLONE_SETTLS 0x00080000
#define CLONE_PARENT_SETTID 0x00100000
#define CLONE_CHILD_CLEARTID 0x00200000
#define CLONE_CHILD_SETTID 0x01000000

#endif

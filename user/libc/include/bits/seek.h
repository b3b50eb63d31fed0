/* Linux lseek whences: the one copy, read by <stdio.h>, <unistd.h> and
 * the kernel (kernel/abi.h). */
#ifndef _BITS_SEEK_H
#define _BITS_SEEK_H

#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#define SEEK_DATA 3
#define SEEK_HOLE 4

#endif

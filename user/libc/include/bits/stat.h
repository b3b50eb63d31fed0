/* Linux file type bits of st_mode: the one copy, read by <sys/stat.h>
 * and by the kernel (kernel/abi.h). Nothing but the numbers. */
#ifndef _BITS_STAT_H
#define _BITS_STAT_H

#define S_IFMT 0170000
#define S_IFDIR 0040000
#define S_IFCHR 0020000
#define S_IFREG 0100000
#define S_IFIFO 0010000
#define S_IFLNK 0120000

#endif

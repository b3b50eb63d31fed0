/* The initramfs: a cpio "newc" archive that becomes the file system. */
#ifndef CPIO_H
#define CPIO_H

#include "types.h"

/* 0, or -1 with a message naming the entry and the reason in why. */
int cpio_load(const u8 *archive, u64 size, char *why, u64 whysize);

#endif

/* What the kernel reads from the device tree QEMU passes at boot. */
#ifndef DTB_H
#define DTB_H

#include "types.h"

struct bootinfo {
	u64 ram_lo, ram_hi;        /* the first memory range */
	u64 initrd_lo, initrd_hi;  /* 0 when there is none */
	const char *bootargs;      /* points into the device tree */
	u64 dtb_size;
	u64 gicd, gicc;             /* the GIC's two register frames, or 0 */
};

/* 0, or -1 with *why set when the tree is not usable. */
int dtb_read(const void *dtb, struct bootinfo *bi, const char **why);

#endif

/* Entry from QEMU. The file starts with the arm64 Image header, so QEMU
 * loads it at RAM base + text_offset, passes the device tree's physical
 * address in x0 and loads the initramfs. We arrive at EL1 with the MMU
 * off, map all RAM at KERNBASE + pa (TTBR1), turn the MMU on and jump to
 * the linked (high) addresses. */

#define NORMAL_BLOCK 0x0040000000000705 /* UXN AF SH=inner AttrIndx=1 */
#define DEVICE_BLOCK 0x0060000000000401 /* UXN PXN AF AttrIndx=0 */
#define MAIR_VALUE 0xff04               /* attr0 device nGnRE, attr1 WB */
#define TCR_VALUE 0x20b5193519          /* 39-bit VAs, 4K granule, WBWA; TBI0: */
					/* user addresses' top byte is a tag, as on Linux */
#define SCTLR_VALUE 0x34d0d81d          /* MMU, caches, SA0, DZE, UCT, UCI; EL0 wfi/wfe trap */

	.section .text.boot, "ax"
	.global _start
_start:
	b	entry
	.long	0
	.quad	0x200000		/* text_offset */
	.quad	_image_size
	.quad	2			/* little endian, 4K pages */
	.quad	0, 0, 0
	.ascii	"ARM\x64"
	.long	0

entry:
	msr	daifset, #0xf
	mov	x19, x0
	mrs	x0, CurrentEL
	cmp	x0, #(1 << 2)
	b.ne	.			/* only EL1 is supported */

	adrp	x0, _bss_start
	adrp	x1, _end
1:	cmp	x0, x1
	b.hs	2f
	stp	xzr, xzr, [x0], #16
	b	1b
2:
	/* TTBR1: the first GiB (devices) and 63 GiB of RAM, 1 GiB blocks. */
	adrp	x0, boot_l1_kernel
	ldr	x2, =DEVICE_BLOCK
	str	x2, [x0]
	ldr	x4, =NORMAL_BLOCK
	mov	x3, #1
3:	lsl	x5, x3, #30
	orr	x5, x5, x4
	str	x5, [x0, x3, lsl #3]
	add	x3, x3, #1
	cmp	x3, #64
	b.lo	3b
	/* TTBR0: identity map of the GiB we run in, until the jump. */
	adrp	x1, boot_l1_ident
	ldr	x5, =(0x40000000 | NORMAL_BLOCK)
	str	x5, [x1, #8]

	ldr	x2, =MAIR_VALUE
	msr	mair_el1, x2
	ldr	x2, =TCR_VALUE
	mrs	x3, id_aa64mmfr0_el1
	and	x3, x3, #7
	cmp	x3, #5			/* at most 48-bit PAs */
	mov	x4, #5
	csel	x3, x3, x4, ls
	bfi	x2, x3, #32, #3
	msr	tcr_el1, x2
	msr	ttbr0_el1, x1
	msr	ttbr1_el1, x0
	isb
	tlbi	vmalle1
	dsb	nsh
	isb
	mov	x2, #(3 << 20)		/* FP/SIMD usable at EL0 and EL1 */
	msr	cpacr_el1, x2
	mov	x2, #(1 << 1)		/* EL0VCTEN: EL0 reads cntvct_el0 and */
	msr	cntkctl_el1, x2		/* cntfrq_el0, as on Linux (not the timers) */
	ldr	x2, =SCTLR_VALUE
	msr	sctlr_el1, x2
	isb
	ldr	x0, =high
	br	x0

high:
	ldr	x0, =kstack_top
	mov	sp, x0
	ldr	x0, =vectors
	msr	vbar_el1, x0
	isb
	mov	x0, x19
	bl	kmain
	b	.

	.bss
	.align	12
	.global boot_l1_kernel
boot_l1_kernel:
	.space	4096
boot_l1_ident:
	.space	4096
	.align	4
	.global kstack_top
kstack:
	.space	65536
kstack_top:

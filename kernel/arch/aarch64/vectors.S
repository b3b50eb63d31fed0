/* Exception vectors. Entry from user mode saves a struct trapframe on the
 * kernel stack and calls trap_user(tf); the return path restores it,
 * possibly changed (another process, a new program), and erets. Anything
 * taken from EL1 is a kernel bug. */

#define TF_SIZE 272	/* 31 x-regs, sp, pc, pstate */

/* pairs op, r, from, to, base, size: op (stp or ldp) on the register
 * pairs r<from>,r<from+1> ... up to r<to-1>, register n at [base, #n*size]. */
	.altmacro
	.macro	pair op, r, a, b, base, off
	\op	\r\a, \r\b, [\base, #\off]
	.endm
	.macro	pairs op, r, from, to, base, size
	.set	n, \from
	.rept	(\to - \from) / 2
	pair	\op, \r, %n, %(n + 1), \base, %(n * \size)
	.set	n, n + 2
	.endr
	.endm

	.macro	ventry target
	.align	7
	b	\target
	.endm

	.text
	.align	11
	.global	vectors
vectors:
	ventry	el1_bad		/* EL1 with SP_EL0 */
	ventry	el1_bad
	ventry	el1_bad
	ventry	el1_bad
	ventry	el1_sync	/* EL1 with SP_EL1 */
	ventry	el1_bad
	ventry	el1_bad
	ventry	el1_bad
	ventry	el0_sync	/* EL0, AArch64 */
	ventry	el0_irq
	ventry	el0_bad
	ventry	el0_bad
	ventry	el0_bad		/* EL0, AArch32 */
	ventry	el0_bad
	ventry	el0_bad
	ventry	el0_bad

	.macro	save_frame
	sub	sp, sp, #TF_SIZE
	pairs	stp, x, 0, 30, sp, 8
	mrs	x21, sp_el0
	mrs	x22, elr_el1
	mrs	x23, spsr_el1
	stp	x30, x21, [sp, #240]
	stp	x22, x23, [sp, #256]
	mov	x0, sp
	.endm

el0_sync:
	save_frame
	bl	trap_user
	b	trap_return
el0_irq:
	save_frame
	bl	trap_irq
trap_return:
	ldp	x22, x23, [sp, #256]
	ldp	x30, x21, [sp, #240]
	msr	sp_el0, x21
	msr	elr_el1, x22
	msr	spsr_el1, x23
	pairs	ldp, x, 0, 30, sp, 8
	add	sp, sp, #TF_SIZE
	eret

/* user_return(tf): enter user mode with *tf on a fresh kernel stack. */
	.global	user_return
user_return:
	ldr	x1, =kstack_top
	sub	sp, x1, #TF_SIZE
	mov	x2, sp
	mov	x3, #(TF_SIZE / 16)
1:	ldp	x4, x5, [x0], #16
	stp	x4, x5, [x2], #16
	subs	x3, x3, #1
	b.ne	1b
	b	trap_return

el1_sync:
	mrs	x0, esr_el1
	mrs	x1, elr_el1
	mrs	x2, far_el1
	bl	kernel_fault
	b	.

el1_bad:
	mov	x0, #1
	b	bad_vector
el0_bad:
	mov	x0, #0
bad_vector:
	mrs	x1, esr_el1
	mrs	x2, elr_el1
	bl	unexpected_exception
	b	.

/* FP/SIMD state: the kernel is built with general registers only, so user
 * FP registers change only in user mode. */
	.arch	armv8-a+fp+simd
	.global	fp_save
fp_save:
	pairs	stp, q, 0, 32, x0, 16
	mrs	x1, fpsr
	mrs	x2, fpcr
	add	x0, x0, #512
	stp	x1, x2, [x0]
	mrs	x1, tpidr_el0
	str	x1, [x0, #16]
	ret

	.global	fp_restore
fp_restore:
	pairs	ldp, q, 0, 32, x0, 16
	add	x0, x0, #512
	ldp	x1, x2, [x0]
	msr	fpsr, x1
	msr	fpcr, x2
	ldr	x1, [x0, #16]
	msr	tpidr_el0, x1
	ret

	.global	tls_set
tls_set:
	msr	tpidr_el0, x0
	ret

/* semihost(op, arg): one call to the host through QEMU's semihosting. */
	.global	semihost
semihost:
	hlt	#0xf000
	ret

/* Exception vectors. Entry from user mode saves a struct trapframe on the
 * kernel stack and calls trap_user(tf); the return path restores it,
 * possibly changed (another process, a new program), and erets. Anything
 * taken from EL1 is a kernel bug. */

#define TF_SIZE 272	/* 31 x-regs, sp, pc, pstate */

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
	ventry	el0_bad
	ventry	el0_bad
	ventry	el0_bad
	ventry	el0_bad		/* EL0, AArch32 */
	ventry	el0_bad
	ventry	el0_bad
	ventry	el0_bad

el0_sync:
	sub	sp, sp, #TF_SIZE
	stp	x0, x1, [sp, #0]
	stp	x2, x3, [sp, #16]
	stp	x4, x5, [sp, #32]
	stp	x6, x7, [sp, #48]
	stp	x8, x9, [sp, #64]
	stp	x10, x11, [sp, #80]
	stp	x12, x13, [sp, #96]
	stp	x14, x15, [sp, #112]
	stp	x16, x17, [sp, #128]
	stp	x18, x19, [sp, #144]
	stp	x20, x21, [sp, #160]
	stp	x22, x23, [sp, #176]
	stp	x24, x25, [sp, #192]
	stp	x26, x27, [sp, #208]
	stp	x28, x29, [sp, #224]
	mrs	x21, sp_el0
	mrs	x22, elr_el1
	mrs	x23, spsr_el1
	stp	x30, x21, [sp, #240]
	stp	x22, x23, [sp, #256]
	mov	x0, sp
	bl	trap_user
trap_return:
	ldp	x22, x23, [sp, #256]
	ldp	x30, x21, [sp, #240]
	msr	sp_el0, x21
	msr	elr_el1, x22
	msr	spsr_el1, x23
	ldp	x0, x1, [sp, #0]
	ldp	x2, x3, [sp, #16]
	ldp	x4, x5, [sp, #32]
	ldp	x6, x7, [sp, #48]
	ldp	x8, x9, [sp, #64]
	ldp	x10, x11, [sp, #80]
	ldp	x12, x13, [sp, #96]
	ldp	x14, x15, [sp, #112]
	ldp	x16, x17, [sp, #128]
	ldp	x18, x19, [sp, #144]
	ldp	x20, x21, [sp, #160]
	ldp	x22, x23, [sp, #176]
	ldp	x24, x25, [sp, #192]
	ldp	x26, x27, [sp, #208]
	ldp	x28, x29, [sp, #224]
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
	stp	q0, q1, [x0, #0]
	stp	q2, q3, [x0, #32]
	stp	q4, q5, [x0, #64]
	stp	q6, q7, [x0, #96]
	stp	q8, q9, [x0, #128]
	stp	q10, q11, [x0, #160]
	stp	q12, q13, [x0, #192]
	stp	q14, q15, [x0, #224]
	stp	q16, q17, [x0, #256]
	stp	q18, q19, [x0, #288]
	stp	q20, q21, [x0, #320]
	stp	q22, q23, [x0, #352]
	stp	q24, q25, [x0, #384]
	stp	q26, q27, [x0, #416]
	stp	q28, q29, [x0, #448]
	stp	q30, q31, [x0, #480]
	mrs	x1, fpsr
	mrs	x2, fpcr
	add	x0, x0, #512
	stp	x1, x2, [x0]
	mrs	x1, tpidr_el0
	str	x1, [x0, #16]
	ret

	.global	fp_restore
fp_restore:
	ldp	q0, q1, [x0, #0]
	ldp	q2, q3, [x0, #32]
	ldp	q4, q5, [x0, #64]
	ldp	q6, q7, [x0, #96]
	ldp	q8, q9, [x0, #128]
	ldp	q10, q11, [x0, #160]
	ldp	q12, q13, [x0, #192]
	ldp	q14, q15, [x0, #224]
	ldp	q16, q17, [x0, #256]
	ldp	q18, q19, [x0, #288]
	ldp	q20, q21, [x0, #320]
	ldp	q22, q23, [x0, #352]
	ldp	q24, q25, [x0, #384]
	ldp	q26, q27, [x0, #416]
	ldp	q28, q29, [x0, #448]
	ldp	q30, q31, [x0, #480]
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

/* Process entry. The kernel leaves argc at [sp]; hand that address to
 * start_c before anything else touches the stack. sp is re-aligned only so
 * that a misaligned initial stack reaches start_c (which reports it) instead
 * of faulting on the first push. */
	.text
	.globl _start
	.type _start, %function
_start:
	mov	x29, #0
	mov	x30, #0
	mov	x0, sp
	and	sp, x0, #-16
	bl	start_c
	brk	#0
	.size _start, . - _start

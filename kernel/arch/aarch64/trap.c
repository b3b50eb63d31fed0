/* Exceptions from user mode: system calls, page faults, and faults that
 * end the process with a signal. */
#include "arch.h"
#include "lib.h"
#include "output.h"
#include "proc.h"
#include "syscall.h"
#include "vm.h"

#define EC_WFX 0x01
#define EC_SVC64 0x15
#define EC_IABT_EL0 0x20
#define EC_PC_ALIGN 0x22
#define EC_DABT_EL0 0x24
#define EC_SP_ALIGN 0x26
#define EC_FP_EXC 0x2c
#define EC_BRK 0x3c

#define FSC_TRANSLATION(fsc) (((fsc) & 0x3c) == 0x04)
#define FSC_PERMISSION(fsc) (((fsc) & 0x3c) == 0x0c)
#define ESR_WNR (1UL << 6)
#define FSC_ALIGNMENT 0x21

static int fault_signal(u64 esr, u64 far)
{
	u64 ec = esr >> 26;
	u64 fsc = esr & 0x3f;
	switch (ec) {
	case EC_IABT_EL0:
	case EC_DABT_EL0:
		if ((FSC_TRANSLATION(fsc) || FSC_PERMISSION(fsc)) &&
		    vm_fault(&curproc->vm, far, ec == EC_DABT_EL0 && (esr & ESR_WNR)) == 0)
			return 0;
		if (fsc == FSC_ALIGNMENT || (far >= curproc->vm.bus_lo && far < curproc->vm.bus_hi))
			return SIGBUS;
		return SIGSEGV;
	case EC_PC_ALIGN:
	case EC_SP_ALIGN:
		return SIGBUS;
	case EC_FP_EXC:
		return SIGFPE;
	case EC_BRK:
		return SIGTRAP;
	default:
		return SIGILL;
	}
}

void trap_user(struct trapframe *tf)
{
	u64 esr, far;
	asm volatile("mrs %0, esr_el1; mrs %1, far_el1" : "=r"(esr), "=r"(far));
	far &= ~(0xffUL << 56); /* a user address's tag (TCR_EL1.TBI0) */
	int sig;
	if ((esr >> 26) == EC_SVC64)
		syscall(tf);
	else if ((esr >> 26) == EC_WFX) /* wfi and wfe wait for nothing: as after a tick */
		tf->pc += 4;
	else if ((sig = fault_signal(esr, far)))
		proc_kill(tf, sig, tf->pc, far);
	signal_deliver(tf);
}

void tf_init_user(struct trapframe *tf, u64 entry, u64 sp)
{
	memset(tf, 0, sizeof *tf);
	tf->pc = entry;
	tf->sp = sp;
	tf->pstate = 0x340; /* EL0t, IRQ unmasked: the deadline's timer */
}

/* The deadline's timer fired while the program ran. */
void trap_irq(struct trapframe *tf) { run_timeout(); }

void kernel_fault(u64 esr, u64 elr, u64 far)
{
	panic("kernel fault: esr=%lx pc=%lx addr=%lx", esr, elr, far);
}

void unexpected_exception(int from_kernel, u64 esr, u64 elr)
{
	panic("unexpected exception from %s: esr=%lx pc=%lx",
	      from_kernel ? "kernel" : "user", esr, elr);
}

/* A new program starts with every FP/SIMD register, fpsr, fpcr and the
 * thread pointer zero. */
void fp_reset(void)
{
	static const struct fpstate zero;

	fp_restore(&zero);
}

/* The run's deadline. The generic timer's virtual timer, routed through
 * the GIC (version 2, as QEMU's virt machine has it), is the one
 * interrupt the kernel takes, and only from user mode: the kernel itself
 * runs with interrupts masked. When it fires the run ends as a timeout,
 * every file saved (trap.c, output.c), so a program that never ends, or
 * waits for an interrupt forever, still hands back what it made. */
#include "arch.h"

#define TIMER_INTID 27          /* the virtual timer's PPI */
#define GICD_CTLR 0x000
#define GICD_ISENABLER0 0x100
#define GICC_CTLR 0x000
#define GICC_PMR 0x004

static void w32(u64 pa, u32 v) { *(volatile u32 *)P2V(pa) = v; }

void deadline_start(u64 gicd, u64 gicc, u64 seconds)
{
	u64 now, freq;
	if (!gicd || !gicc || !seconds)
		return; /* no GIC: the host's kill is the only deadline */
	w32(gicd + GICD_ISENABLER0, 1U << TIMER_INTID);
	w32(gicd + GICD_CTLR, 1);
	w32(gicc + GICC_PMR, 0xff);
	w32(gicc + GICC_CTLR, 1);
	asm volatile("isb; mrs %0, cntvct_el0; mrs %1, cntfrq_el0" : "=r"(now), "=r"(freq));
	asm volatile("msr cntv_cval_el0, %0; msr cntv_ctl_el0, %1; isb"
		     ::"r"(now + seconds * freq), "r"(1UL));
}

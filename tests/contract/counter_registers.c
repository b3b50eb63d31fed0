// EL0 may read the virtual counter cntvct_el0 and its frequency
// cntfrq_el0, as on Linux (CNTKCTL_EL1.EL0VCTEN). The counter does not go
// back; the values themselves differ from run to run and are not printed.
#include "sys.h"
#include "out.h"

int main(void)
{
	unsigned long a, b, f;
	__asm__ volatile("isb; mrs %0, cntvct_el0" : "=r"(a));
	__asm__ volatile("mrs %0, cntfrq_el0" : "=r"(f));
	for (volatile int i = 0; i < 100000; i++)
		;
	__asm__ volatile("isb; mrs %0, cntvct_el0" : "=r"(b));
	check(f > 0, "cntfrq_el0 is not 0");
	check(b >= a, "cntvct_el0 does not go back");
	return done(0);
}

// wfi and wfe at EL0 return, as on Linux (where the next tick wakes the
// CPU): the seed kernel traps them and goes on after them, so they can
// neither halt the machine nor stop it from ending the run.
#include "out.h"
#include "sys.h"

int main(void)
{
	for (int i = 0; i < 100; i++) {
		__asm__ volatile("wfi");
		__asm__ volatile("wfe");
	}
	check(1, "100 wfi and 100 wfe returned");
	return done(0);
}

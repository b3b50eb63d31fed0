/* wfi: writes before.txt, then waits for an interrupt forever. Built static
 * with no libc. On the seed kernel the run's deadline still stops it and
 * brings before.txt back. */
#include "sys.h"

void _start(void)
{
	long fd = sys(56, -100, (long)"before.txt", 01 | 0100 | 01000, 0644);

	sys(64, fd, (long)"made before\n", 12, 0);
	sys(57, fd, 0, 0, 0);
	for (;;)
		__asm__ volatile("wfi");
}

// brk requests below the heap, inside the image, at the top of the
// address space and far beyond memory leave the break where it was.
#include "out.h"
#include "sys.h"

int main(void)
{
	long start = sys_brk(0);
	static const unsigned long asks[] = {
		1, 0x1000, 0x400000, (unsigned long)-1, 1UL << 46, 1UL << 39,
	};	/* not 1 << 38: qemu-user 7.2 then refuses every later grow */
	for (unsigned i = 0; i < sizeof asks / sizeof asks[0]; i++)
		expect(sys_brk((void *)asks[i]) - start, 0, "brk stays");
	expect(sys_brk((char *)start + 4096) - start, 4096, "then a real grow works");
	return done(0);
}

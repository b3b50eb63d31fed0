// brk: brk(0) reports the break; growing returns the new break exactly and
// the memory is usable; shrinking and regrowing gives zeroed pages; a
// request that cannot be met (2^46, or below the start) returns the
// current break. Only differences between breaks are printed.
#include "sys.h"
#include "out.h"

#define GROW 100000L
#define BIG (4L << 20)

static unsigned long page_up(unsigned long a)
{
	return (a + 4095) & ~4095UL;
}

int main(void)
{
	unsigned long b0, b1, base;
	unsigned char *p;
	long i, bad;

	b0 = sys_brk(0);
	check(b0 != 0, "brk(0) is not 0");
	expect(sys_brk(0) - b0, 0, "brk(0) again");

	b1 = sys_brk((void *)(b0 + GROW));
	expect(b1 - b0, GROW, "grow: new break - old");
	expect(sys_brk(0) - b0, GROW, "brk(0) after grow");
	p = (unsigned char *)b0;
	for (i = 0; i < GROW; i++)
		p[i] = (unsigned char)(i * 3 + 1);
	for (i = 0, bad = 0; i < GROW; i++)
		bad += p[i] != (unsigned char)(i * 3 + 1);
	expect(bad, 0, "bytes that differ after writing new memory");

	expect(sys_brk((void *)b0) - b0, 0, "shrink back");
	expect(sys_brk(0) - b0, 0, "brk(0) after shrink");
	expect(sys_brk((void *)(b0 + GROW)) - b0, GROW, "regrow");
	base = page_up(b0);
	for (i = 0, bad = 0; base + i < b0 + GROW; i++)
		bad += ((unsigned char *)base)[i] != 0;
	expect(bad, 0, "nonzero bytes in regrown whole pages");

	expect(sys_brk((void *)(1UL << 46)) - b0, GROW, "brk(1<<46) returns the old break");
	expect(sys_brk(0) - b0, GROW, "brk(0) after failed grow");
	expect(sys_brk((void *)(b0 - 4096)) - b0, GROW, "brk below the start returns the break");
	p[GROW - 1] = 7;
	expect(p[GROW - 1], 7, "memory still usable");

	expect(sys_brk((void *)(b0 + BIG)) - b0, BIG, "grow by 4 MiB");
	for (i = GROW; i < BIG; i += 4096)
		p[i] = 1;
	for (i = GROW, bad = 0; i < BIG; i += 4096)
		bad += p[i] != 1;
	expect(bad, 0, "every new page writable");
	expect(sys_brk((void *)b0) - b0, 0, "shrink to the start");
	return done(0);
}

// A child's brk changes are its own: the parent's break is unchanged, and
// when the parent grows its break it gets fresh zeroed memory, not what
// the child wrote there.
#include "sys.h"
#include "out.h"
#include "child.h"

#define GROW (1L << 20)

static unsigned long b0;

static int child(void)
{
	unsigned char *p = (unsigned char *)b0;
	long i;

	if (sys_brk((void *)(b0 + GROW)) != (long)(b0 + GROW))
		return 1;
	for (i = 0; i < GROW; i++)
		p[i] = 0xaa;
	return 0;
}

int main(void)
{
	struct siginfo si;
	unsigned char *p;
	long i, bad;

	b0 = sys_brk(0);
	check(child_run(child, &si) > 0, "fork");
	child_show("child that grew its break", &si);
	expect(si.status, 0, "child status");
	expect(sys_brk(0) - b0, 0, "parent's break after the child ran");
	expect(sys_brk((void *)(b0 + GROW)) - b0, GROW, "parent grows");
	p = (unsigned char *)b0;
	for (i = 0, bad = 0; i < GROW; i++)
		bad += p[i] != 0;
	expect(bad, 0, "nonzero bytes in the parent's new memory");
	return done(0);
}

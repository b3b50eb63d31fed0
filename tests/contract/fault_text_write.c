// Program text is read-only: a child that writes to its own code is
// killed with SIGSEGV, and the parent's code is unharmed.
#include "sys.h"
#include "out.h"
#include "child.h"

static int victim(void)
{
	return 6;
}

static int write_text(void)
{
	int (*volatile f)(void) = victim;
	*(volatile unsigned *)f = 0;
	return 0;
}

int main(void)
{
	child_expect("write to own text", write_text, CLD_KILLED, SIGSEGV);
	child_expect("then a child that calls that code", victim, CLD_EXITED, 6);
	expect(victim(), 6, "parent calls it too");
	put("parent goes on\n");
	return done(0);
}

// A child that executes an undefined instruction (udf #0, the all-zero
// word) is killed with SIGILL; the parent sees CLD_KILLED and goes on.
#include "sys.h"
#include "out.h"
#include "child.h"

static int undefined(void)
{
	__asm__ volatile(".inst 0x00000000");
	return 0;
}

static int fine(void)
{
	return 4;
}

int main(void)
{
	child_expect("udf #0", undefined, CLD_KILLED, SIGILL);
	child_expect("then a normal child", fine, CLD_EXITED, 4);
	put("parent goes on\n");
	return done(0);
}

// Unbounded recursion runs off the 8 MiB stack: the child dies of
// SIGSEGV, as on Linux, and the parent goes on.
#include "child.h"
#include "out.h"
#include "sys.h"

#pragma GCC diagnostic ignored "-Winfinite-recursion"
static int deep(int n)
{
	volatile char pad[1024];
	pad[0] = (char)n;
	return deep(n + 1) + pad[0];
}

static int overflow(void) { return deep(0); }

int main(void)
{
	child_expect("recursion without end", overflow, CLD_KILLED, SIGSEGV);
	return done(0);
}

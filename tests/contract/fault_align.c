// A child that makes a misaligned exclusive load (ldxr needs natural
// alignment even where plain loads do not) is killed with SIGBUS.
#include "sys.h"
#include "out.h"
#include "child.h"

static long words[2];

static int misaligned_ldxr(void)
{
	long v;
	char *volatile p = (char *)words + 1;
	__asm__ volatile("ldxr %0, [%1]" : "=r"(v) : "r"(p) : "memory");
	return (int)v;
}

static int misaligned_ldr(void)
{
	char *volatile p = (char *)words + 1;
	return (int)*(volatile long *)p == 0 ? 8 : 9;
}

int main(void)
{
	child_expect("misaligned ldxr", misaligned_ldxr, CLD_KILLED, SIGBUS);
	child_expect("misaligned plain ldr is fine", misaligned_ldr, CLD_EXITED, 8);
	put("parent goes on\n");
	return done(0);
}

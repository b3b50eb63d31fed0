// A child that reads, writes or jumps to address 0 is killed with
// SIGSEGV; the parent sees CLD_KILLED and goes on.
#include "sys.h"
#include "out.h"
#include "child.h"

static int read_null(void)
{
	volatile int *volatile p = 0;
	return *p;
}

static int write_null(void)
{
	volatile int *volatile p = 0;
	*p = 1;
	return 0;
}

static int jump_null(void)
{
	int (*volatile f)(void) = 0;
	return f();
}

static int fine(void)
{
	return 3;
}

int main(void)
{
	child_expect("read NULL", read_null, CLD_KILLED, SIGSEGV);
	child_expect("write NULL", write_null, CLD_KILLED, SIGSEGV);
	child_expect("jump to NULL", jump_null, CLD_KILLED, SIGSEGV);
	child_expect("then a normal child", fine, CLD_EXITED, 3);
	put("parent goes on\n");
	return done(0);
}

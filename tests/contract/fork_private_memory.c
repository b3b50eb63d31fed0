// A forked child gets a private copy of memory: its writes to globals,
// bss, heap (brk) and stack are not seen by the parent, and the parent's
// writes after fork are not seen by the child.
#include "sys.h"
#include "out.h"

static int data = 1;
static int bss;
static char big[3 * 4096 + 100];

int main(void)
{
	volatile int stack = 7;
	char *heap = (char *)sys_brk(0);
	int status = 0;
	long pid, i, bad;

	sys_brk(heap + 8192);
	heap[0] = 5;
	heap[8191] = 6;
	for (i = 0; i < (long)sizeof big; i++)
		big[i] = 'p';

	pid = sys_fork();
	if (pid == 0) {
		expect(data, 1, "child: data (the parent's write after fork not seen)");
		data = 100;
		bss = 200;
		stack = 70;
		heap[0] = 50;
		heap[8191] = 60;
		for (i = 0; i < (long)sizeof big; i++)
			big[i] = 'c';
		check(data == 100 && bss == 200 && stack == 70 && heap[0] == 50 &&
		      big[12000] == 'c', "child: its own writes seen");
		sys_exit(done(0));
	}
	data = 2;
	check(pid > 0 && sys_wait4((int)pid, &status, 0, 0) == pid,
	      "wait4 returns the pid fork returned");
	expect(status, 0, "child status");
	expect(data, 2, "parent: data");
	expect(bss, 0, "parent: bss");
	expect(stack, 7, "parent: stack");
	expect(heap[0], 5, "parent: heap first byte");
	expect(heap[8191], 6, "parent: heap last byte");
	for (i = 0, bad = 0; i < (long)sizeof big; i++)
		bad += big[i] != 'p';
	expect(bad, 0, "parent: bytes changed in a 3-page array");
	return done(0);
}

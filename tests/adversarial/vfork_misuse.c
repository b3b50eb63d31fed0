// A vfork child that does what C leaves undefined: returns from the
// function that called vfork and overwrites the stack there, returns
// from main, shrinks the break under its parent's heap, faults. The
// child runs on its parent's memory, so the parent may crash when it
// resumes, as on Linux; but only the program pays: each case runs in a
// forked process whose end is reported, and the kernel goes on.
// (qemu-user runs vfork as a fork, so the parent never sees the damage
// there: seed only.)
// drivers: seed
#include "sys.h"
#include "out.h"

/* vfork as C libraries write it: no stack frame of its own, so that
 * returning in the child pops nothing the parent still needs. */
long vfork_raw(void);
__asm__(".text\n.globl vfork_raw\n.type vfork_raw, %function\nvfork_raw:\n"
	"\tmov x0, #0x4111\n\tmov x1, #0\n\tmov x8, #220\n\tsvc #0\n\tret\n");

static volatile long sink;

/* Calls vfork from a frame of its own, and returns in both processes. */
static __attribute__((noinline)) long vfork_in_a_frame(void)
{
	long pid = vfork_raw();
	sink += 1; /* keeps the frame: x30 is saved on the stack */
	return pid;
}

/* Fills a big stretch of stack below the caller with zeros. */
static __attribute__((noinline)) void clobber(void)
{
	volatile char junk[8192];
	for (int i = 0; i < 8192; i++)
		junk[i] = 0;
	sink += junk[100];
}

/* exit without a call, so without touching the stack */
static void __attribute__((noreturn)) exit_in_place(long status)
{
	register long x0 __asm__("x0") = status;
	register long x8 __asm__("x8") = SYS_exit;
	__asm__ volatile("svc #0" : : "r"(x0), "r"(x8) : "memory");
	__builtin_unreachable();
}

/* The child returns from the function that called vfork, wipes the stack
 * where that frame was, and exits: the parent then returns through a
 * zeroed frame, to address 0. */
static int returns_then_wipes(void)
{
	long pid = vfork_in_a_frame();
	if (pid == 0) {
		clobber();
		sys_exit(9);
	}
	return 50; /* not reached by the parent: its frame is gone */
}

/* The child returns from the function that called vfork and exits
 * without touching more stack: the parent goes on as if nothing happened.
 * (Even a call to sys_exit would overwrite the frame the parent returns
 * through.) */
static int returns_then_exits(void)
{
	long pid = vfork_in_a_frame();
	if (pid == 0)
		exit_in_place(8);
	int status;
	if (sys_wait4((int)pid, &status, 0, 0) != pid)
		return 1;
	return (status >> 8) + 30;
}

/* The child shrinks the break below the heap its parent uses. */
static int shrinks_the_break(void)
{
	char *base = (char *)sys_brk(0);
	sys_brk(base + 65536);
	base[65535] = 'x';
	long pid = vfork_raw();
	if (pid == 0) {
		sys_brk(base);
		sys_exit(0);
	}
	return base[65535]; /* gone: SIGSEGV */
}

/* The child faults: the parent gets its status and goes on. */
static int child_faults(void)
{
	static volatile int *volatile bad = (volatile int *)16;
	long pid = vfork_raw();
	if (pid == 0)
		*bad = 1;
	int status;
	if (sys_wait4((int)pid, &status, 0, 0) != pid)
		return 1;
	return status & 0x7f;
}

/* The child writes its parent's saved return address's neighbourhood
 * with garbage, then execs a missing program and exits. */
static int child_scribbles(void)
{
	long pid = vfork_raw();
	if (pid == 0) {
		volatile long *sp = (volatile long *)__builtin_frame_address(0);
		for (int i = 0; i < 64; i++)
			sp[i] = 0x7777777777777777L;
		sys_execve("missing", 0, 0);
		sys_exit(3);
	}
	return 60;
}

/* Runs fn in a forked process: its wait status. */
static int run(int (*fn)(void))
{
	long pid = sys_fork();
	if (pid == 0)
		sys_exit(fn());
	int status = -1;
	sys_wait4((int)pid, &status, 0, 0);
	return status;
}

int main(void)
{
	expect(run(returns_then_wipes), SIGSEGV,
	       "a child that returns and wipes the stack: its parent SIGSEGV");
	expect(run(returns_then_exits), (8 + 30) << 8,
	       "a child that returns and exits at once: its parent goes on");
	expect(run(shrinks_the_break), SIGSEGV,
	       "a child that shrinks the break: its parent SIGSEGV");
	expect(run(child_faults), SIGSEGV << 8,
	       "a child that faults: its parent sees SIGSEGV and exits with it");
	expect(run(child_scribbles), SIGSEGV,
	       "a child that scribbles over its parent's frames: its parent SIGSEGV");
	long pid = vfork_raw();
	if (pid == 0)
		sys_exit(4);
	int status;
	expect(sys_wait4((int)pid, &status, 0, 0), pid, "vfork still works after all this");
	expect(status >> 8, 4, "and its child's status comes back");
	return done(0);
}

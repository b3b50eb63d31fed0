// clock_gettime: every clock Linux has answers (the seed kernel's is a
// counter, docs/CONTRACT.md, so no time is printed), a later read is never
// earlier, nanoseconds stay below a second; unknown clocks are EINVAL and
// a bad pointer EFAULT.
#include "sys.h"
#include "out.h"

struct timespec {
	long sec, nsec;
};

int main(void)
{
	static const int clocks[] = { 0, 1, 2, 3, 4, 5, 6, 7, 11 };
	struct timespec a, b;
	for (int i = 0; i < 9; i++) {
		char what[32] = "clock ";
		fmt_num(what + 6, clocks[i]);
		expect(syscall(SYS_clock_gettime, (long)clocks[i], &a), 0, what);
		check(a.nsec >= 0 && a.nsec < 1000000000, "nanoseconds in range");
	}
	syscall(SYS_clock_gettime, 1L, &a);
	syscall(SYS_clock_gettime, 1L, &b);
	check(b.sec > a.sec || (b.sec == a.sec && b.nsec >= a.nsec), "CLOCK_MONOTONIC does not go back");
	expect(syscall(SYS_clock_gettime, 10L, &a), -EINVAL, "clock 10");
	expect(syscall(SYS_clock_gettime, 12L, &a), -EINVAL, "clock 12");
	expect(syscall(SYS_clock_gettime, -1L, &a), -EINVAL, "clock -1");
	expect(syscall(SYS_clock_gettime, 0L, (void *)16), -EFAULT, "a bad pointer");
	expect(syscall(SYS_clock_gettime, 0L | (1L << 32), &a), 0, "the clock id is an int");
	return done(0);
}

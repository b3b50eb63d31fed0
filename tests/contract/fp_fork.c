// FP/SIMD state belongs to each process: all 32 vector registers, FPCR and
// FPSR hold the parent's values across a fork (the child starts with the
// same values) and across a wait4 during which the child ran its own FP
// code with other values, another rounding mode and exception flags.
#include "sys.h"
#include "out.h"

#define FPCR1 0x3c00000UL	/* DN, FZ, round towards zero */
#define FPCR2 0x0400000UL	/* round towards +infinity */
#define FPCR_CHILD 0x0800000UL	/* round towards -infinity */

static unsigned long in1[64], in2[64], junk[64], out1[64], out2[64];

/* Load v0-v31 from in and FPCR from fpcr, clear FPSR, make syscall n, then
 * store v0-v31 to out and FPCR, FPSR to ctl[0], ctl[1]; FPCR goes back to
 * 0. One asm statement, so nothing but the kernel runs in between. */
static long fp_syscall(long n, long a0, long a1, const unsigned long *in,
		       unsigned long *out, unsigned long fpcr, unsigned long *ctl)
{
	register long x0 __asm__("x0") = a0;
	register long x1 __asm__("x1") = a1;
	register long x2 __asm__("x2") = 0;
	register long x3 __asm__("x3") = 0;
	register long x4 __asm__("x4") = 0;
	register long x8 __asm__("x8") = n;
	const unsigned long *pin = in;
	unsigned long *pout = out;
	unsigned long cr, sr;

	__asm__ volatile(
		"msr fpcr, %[fpcr]\n"
		"msr fpsr, xzr\n"
		"ld1 {v0.2d-v3.2d}, [%[in]], #64\n"
		"ld1 {v4.2d-v7.2d}, [%[in]], #64\n"
		"ld1 {v8.2d-v11.2d}, [%[in]], #64\n"
		"ld1 {v12.2d-v15.2d}, [%[in]], #64\n"
		"ld1 {v16.2d-v19.2d}, [%[in]], #64\n"
		"ld1 {v20.2d-v23.2d}, [%[in]], #64\n"
		"ld1 {v24.2d-v27.2d}, [%[in]], #64\n"
		"ld1 {v28.2d-v31.2d}, [%[in]], #64\n"
		"svc #0\n"
		"mrs %[cr], fpcr\n"
		"mrs %[sr], fpsr\n"
		"st1 {v0.2d-v3.2d}, [%[out]], #64\n"
		"st1 {v4.2d-v7.2d}, [%[out]], #64\n"
		"st1 {v8.2d-v11.2d}, [%[out]], #64\n"
		"st1 {v12.2d-v15.2d}, [%[out]], #64\n"
		"st1 {v16.2d-v19.2d}, [%[out]], #64\n"
		"st1 {v20.2d-v23.2d}, [%[out]], #64\n"
		"st1 {v24.2d-v27.2d}, [%[out]], #64\n"
		"st1 {v28.2d-v31.2d}, [%[out]], #64\n"
		"msr fpcr, xzr\n"
		: "+r"(x0), [in] "+r"(pin), [out] "+r"(pout), [cr] "=&r"(cr), [sr] "=&r"(sr)
		: "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x8), [fpcr] "r"(fpcr)
		: "memory", "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9",
		  "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18", "v19",
		  "v20", "v21", "v22", "v23", "v24", "v25", "v26", "v27", "v28", "v29",
		  "v30", "v31");
	ctl[0] = cr;
	ctl[1] = sr;
	return x0;
}

/* In the child: other values in every register, another rounding mode,
 * and an invalid operation to raise FPSR's IOC flag. */
static void scramble(void)
{
	volatile double zero = 0.0;
	double s = 0;
	int i;

	__asm__ volatile(
		"msr fpcr, %[fpcr]\n"
		"ld1 {v0.2d-v3.2d}, [%[p]]\n"
		"ld1 {v4.2d-v7.2d}, [%[p]]\n"
		"ld1 {v8.2d-v11.2d}, [%[p]]\n"
		"ld1 {v12.2d-v15.2d}, [%[p]]\n"
		"ld1 {v16.2d-v19.2d}, [%[p]]\n"
		"ld1 {v20.2d-v23.2d}, [%[p]]\n"
		"ld1 {v24.2d-v27.2d}, [%[p]]\n"
		"ld1 {v28.2d-v31.2d}, [%[p]]\n"
		"fadd v0.2d, v1.2d, v2.2d\n"
		"fmul v31.2d, v30.2d, v29.2d\n"
		:
		: [p] "r"(junk), [fpcr] "r"(FPCR_CHILD)
		: "memory", "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9",
		  "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18", "v19",
		  "v20", "v21", "v22", "v23", "v24", "v25", "v26", "v27", "v28", "v29",
		  "v30", "v31");
	for (i = 1; i < 100; i++)
		s += 1.0 / i;
	s += zero / zero;
	check(s != s, "child: its FP code ran");
}

int main(void)
{
	unsigned long ctl1[2], ctl2[2];
	int status = -1;
	long pid, i;

	for (i = 0; i < 64; i++) {
		in1[i] = (unsigned long)(i + 1) * 0x9e3779b97f4a7c15UL;
		in2[i] = ~in1[i] ^ (unsigned long)i << 40;
		junk[i] = (unsigned long)i * 0x0123456789abcdefUL;
	}
	pid = fp_syscall(SYS_clone, SIGCHLD, 0, in1, out1, FPCR1, ctl1);
	if (pid == 0) {
		check(memcmp(out1, in1, sizeof in1) == 0, "child: starts with the parent's v0-v31");
		expect(ctl1[0], FPCR1, "child: FPCR");
		expect(ctl1[1], 0, "child: FPSR");
		scramble();
		sys_exit_group(done(0));
	}
	fp_syscall(SYS_wait4, pid, (long)&status, in2, out2, FPCR2, ctl2);
	check(pid > 0, "fork");
	expect(status, 0, "child's status");
	check(memcmp(out1, in1, sizeof in1) == 0, "parent: v0-v31 kept across fork");
	expect(ctl1[0], FPCR1, "parent: FPCR kept across fork");
	expect(ctl1[1], 0, "parent: FPSR kept across fork");
	check(memcmp(out2, in2, sizeof in2) == 0, "parent: v0-v31 kept across wait4");
	expect(ctl2[0], FPCR2, "parent: FPCR kept across wait4");
	expect(ctl2[1], 0, "parent: FPSR kept across wait4");
	return done(0);
}

/* A system call through local register variables, as musl's
   arch/aarch64/syscall_arch.h makes it: write(1, msg, len), then
   getpid() twice, which must agree, then exit_group(status).
 * expect-status: 7
 * expect-stdout: syscall: hello
 */
#define SYS_write 64
#define SYS_getpid 172
#define SYS_exit_group 94

static long syscall3(long n, long a, long b, long c)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0") = a;
	register long x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;
	__asm__ __volatile__ ("svc 0" : "=r"(x0) : "r"(x8), "0"(x0), "r"(x1), "r"(x2)
		: "memory", "cc");
	return x0;
}

static long syscall0(long n)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0");
	__asm__ __volatile__ ("svc #0" : "=r"(x0) : "r"(x8) : "memory", "cc");
	return x0;
}

int main(void)
{
	static const char msg[] = "syscall: hello\n";
	long n = syscall3(SYS_write, 1, (long)msg, sizeof msg - 1);
	long p1 = syscall0(SYS_getpid), p2 = syscall0(SYS_getpid);
	if (n != sizeof msg - 1 || p1 <= 0 || p1 != p2)
		return 1;
	syscall3(SYS_exit_group, 7, 0, 0);
	return 2;
}

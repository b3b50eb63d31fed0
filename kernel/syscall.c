/* The system call table: every call of the contract, by this arch's
 * numbers. A handler takes the six argument registers and returns the
 * result or -errno; anything else is -ENOSYS. Here too the calls that
 * only report: uname, the ids, the clock, the limits, random bytes. */
#include "syscall.h"
#include "abi.h"
#include "exec.h"
#include "file.h"
#include "lib.h"
#include "pipe.h"
#include "proc.h"

#define RLIM_NLIMITS 16
#define RLIM_INFINITY (~0UL)
#define RLIMIT_STACK 3
#define RLIMIT_CORE 4
#define RLIMIT_NOFILE 7
#define RLIMIT_NICE 13
#define RLIMIT_RTPRIO 14
#define CLOCK_TAI 11
#define CLOCK_UNUSED 10 /* Linux has no clock 10 */
#define GRND_NONBLOCK 1
#define GRND_RANDOM 2
#define GRND_INSECURE 4
#define GETRANDOM_MAX 33554431 /* bytes per call, as Linux */

static long sys_uname(const u64 *arg, struct trapframe *tf)
{
	static const char fields[6][65] = { "Linux", "seed", "6.1.0-seed", "#1 seed", ARCH_NAME, "" };
	return vm_copyout(&curproc->vm, arg[0], fields, sizeof fields) < 0 ? -EFAULT : 0;
}

/* Every program runs as root, as under the linux driver. */
static long sys_getuid(const u64 *arg, struct trapframe *tf) { return 0; }

/* The one clock of every clock id: it starts at 0 (for CLOCK_REALTIME,
 * 1970) and each read moves it on by a microsecond, so that runs are
 * reproducible and a program waiting for time to pass still sees it. */
static long sys_clock_gettime(const u64 *arg, struct trapframe *tf)
{
	static u64 now_us;
	int id = (int)arg[0];
	if (id < 0 || id > CLOCK_TAI || id == CLOCK_UNUSED)
		return -EINVAL;
	u64 ts[2] = { now_us / 1000000, now_us % 1000000 * 1000 };
	if (vm_copyout(&curproc->vm, arg[1], ts, sizeof ts) < 0)
		return -EFAULT;
	now_us++;
	return 0;
}

static u64 rlimit(u64 res)
{
	switch (res) {
	case RLIMIT_STACK: return STACK_SIZE;
	case RLIMIT_NOFILE: return NOFILE;
	case RLIMIT_CORE: /* no core files */
	case RLIMIT_NICE: /* no priorities */
	case RLIMIT_RTPRIO: return 0;
	default: return RLIM_INFINITY;
	}
}

/* prlimit64(pid, resource, new, old): the limits the kernel has, the same
 * soft and hard. They cannot change: a new value other than the current
 * one is EPERM. */
static long sys_prlimit64(const u64 *arg, struct trapframe *tf)
{
	int pid = (int)arg[0];
	u64 res = (u32)arg[1], want[2], have[2];
	if (arg[2] && vm_copyin(&curproc->vm, want, arg[2], sizeof want) < 0)
		return -EFAULT;
	if (pid != 0 && pid != curproc->pid)
		return -ESRCH;
	if (res >= RLIM_NLIMITS || (arg[2] && want[0] > want[1]))
		return -EINVAL;
	have[0] = have[1] = rlimit(res);
	if (arg[2] && (want[0] != have[0] || want[1] != have[1]))
		return -EPERM;
	if (arg[3] && vm_copyout(&curproc->vm, arg[3], have, sizeof have) < 0)
		return -EFAULT;
	return 0;
}

/* Not random: splitmix64 from a fixed seed, the same bytes in every run,
 * as the fixed AT_RANDOM bytes are. */
static long sys_getrandom(const u64 *arg, struct trapframe *tf)
{
	static u64 state;
	u64 n = arg[1] > GETRANDOM_MAX ? GETRANDOM_MAX : arg[1];
	u32 flags = (u32)arg[2];
	if ((flags & ~(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE)) ||
	    (flags & (GRND_RANDOM | GRND_INSECURE)) == (GRND_RANDOM | GRND_INSECURE))
		return -EINVAL;
	if (vm_touch(&curproc->vm, arg[0], n, 1) < 0)
		return -EFAULT;
	u8 *out = (u8 *)arg[0];
	for (u64 i = 0; i < n; i += 8) {
		u64 z = (state += 0x9e3779b97f4a7c15UL);
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
		z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
		z ^= z >> 31;
		memcpy(out + i, &z, n - i < 8 ? n - i : 8);
	}
	return (long)n;
}

typedef long (*syscall_fn)(const u64 *arg, struct trapframe *tf);

static const syscall_fn table[] = {
	[SYS_getcwd] = sys_getcwd,
	[SYS_dup] = sys_dup,
	[SYS_dup3] = sys_dup3,
	[SYS_fcntl] = sys_fcntl,
	[SYS_ioctl] = sys_ioctl,
	[SYS_mkdirat] = sys_mkdirat,
	[SYS_unlinkat] = sys_unlinkat,
	[SYS_renameat] = sys_renameat,
	[SYS_ftruncate] = sys_ftruncate,
	[SYS_faccessat] = sys_faccessat,
	[SYS_chdir] = sys_chdir,
	[SYS_fchdir] = sys_fchdir,
	[SYS_fchmod] = sys_fchmod,
	[SYS_fchmodat] = sys_fchmodat,
	[SYS_openat] = sys_openat,
	[SYS_close] = sys_close,
	[SYS_pipe2] = sys_pipe2,
	[SYS_getdents64] = sys_getdents64,
	[SYS_lseek] = sys_lseek,
	[SYS_read] = sys_read,
	[SYS_write] = sys_write,
	[SYS_readv] = sys_readv,
	[SYS_writev] = sys_writev,
	[SYS_pread64] = sys_pread64,
	[SYS_pwrite64] = sys_pwrite64,
	[SYS_readlinkat] = sys_readlinkat,
	[SYS_newfstatat] = sys_newfstatat,
	[SYS_fstat] = sys_fstat,
	[SYS_ppoll] = sys_ppoll,
	[SYS_utimensat] = sys_utimensat,
	[SYS_exit] = sys_exit,
	[SYS_exit_group] = sys_exit,
	[SYS_waitid] = sys_waitid,
	[SYS_set_tid_address] = sys_set_tid_address,
	[SYS_clock_gettime] = sys_clock_gettime,
	[SYS_uname] = sys_uname,
	[SYS_umask] = sys_umask,
	[SYS_getpid] = sys_getpid,
	[SYS_getppid] = sys_getppid,
	[SYS_getuid] = sys_getuid,
	[SYS_geteuid] = sys_getuid,
	[SYS_getgid] = sys_getuid,
	[SYS_getegid] = sys_getuid,
	[SYS_gettid] = sys_getpid,
	[SYS_brk] = sys_brk,
	[SYS_mprotect] = sys_mprotect,
	[SYS_mmap] = sys_mmap,
	[SYS_munmap] = sys_munmap,
	[SYS_clone] = sys_clone,
	[SYS_execve] = sys_execve,
	[SYS_wait4] = sys_wait4,
	[SYS_prlimit64] = sys_prlimit64,
	[SYS_renameat2] = sys_renameat2,
	[SYS_getrandom] = sys_getrandom,
	[SYS_kill] = sys_kill,
	[SYS_tkill] = sys_tkill,
	[SYS_tgkill] = sys_tgkill,
	[SYS_rt_sigaction] = sys_rt_sigaction,
	[SYS_rt_sigprocmask] = sys_rt_sigprocmask,
};

void syscall(struct trapframe *tf)
{
	u64 n = TF_SYSNO(tf);
	TF_RET(tf) = n < sizeof table / sizeof table[0] && table[n] ? table[n](&TF_ARG(tf, 0), tf) : -ENOSYS;
}

/* The system call table: every call of the contract, by this arch's
 * numbers. A handler takes the six argument registers and returns the
 * result or -errno; anything else is -ENOSYS. */
#include "syscall.h"
#include "abi.h"
#include "exec.h"
#include "file.h"
#include "lib.h"
#include "proc.h"


static long sys_uname(const u64 *arg, struct trapframe *tf)
{
	static const char fields[6][65] = { "Linux", "seed", "6.1.0-seed", "#1 seed", ARCH_NAME, "" };
	return vm_copyout(&curproc->vm, arg[0], fields, sizeof fields) < 0 ? -EFAULT : 0;
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
	[SYS_exit] = sys_exit,
	[SYS_exit_group] = sys_exit,
	[SYS_waitid] = sys_waitid,
	[SYS_set_tid_address] = sys_set_tid_address,
	[SYS_uname] = sys_uname,
	[SYS_umask] = sys_umask,
	[SYS_getpid] = sys_getpid,
	[SYS_getppid] = sys_getppid,
	[SYS_brk] = sys_brk,
	[SYS_mprotect] = sys_mprotect,
	[SYS_clone] = sys_clone,
	[SYS_execve] = sys_execve,
	[SYS_wait4] = sys_wait4,
	[SYS_renameat2] = sys_renameat2,
};

void syscall(struct trapframe *tf)
{
	u64 n = TF_SYSNO(tf);
	TF_RET(tf) = n < sizeof table / sizeof table[0] && table[n] ? table[n](&TF_ARG(tf, 0), tf) : -ENOSYS;
}

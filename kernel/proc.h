/* Processes. A child runs to completion before its parent resumes, so
 * there is no scheduler: clone switches to the child, and the child's
 * exit switches back to the parent. */
#ifndef PROC_H
#define PROC_H

#include "abi.h"
#include "arch.h"
#include "file.h"
#include "signal.h"
#include "vm.h"

enum procstate { RUNNING, WAITING, ZOMBIE };

/* Every process's group: the first program's pid. (There is no setpgid,
 * and a child is in its parent's group.) */
#define PGID 1

struct proc {
	int pid;
	enum procstate state;
	int depth;                      /* ancestors */
	int wstatus;                    /* wait status once a zombie */
	struct proc *parent, *children, *sibling;
	struct vm vm;
	int vm_lent;                    /* vm is the parent's, lent by vfork */
	struct fdtable *fdt;
	struct inode *cwd;              /* held as an open directory is */
	struct inode *exe;              /* the file it runs (/proc/self/exe), held so */
	u32 umask;
	u64 sigmask, sigpending;        /* blocked; sent and not yet acted on */
	struct sigaction_k act[64];     /* as rt_sigaction set them */
	struct trapframe tf;            /* saved while waiting for a child */
	struct fpstate fp;
};

extern struct proc *curproc;

struct proc *proc_first(void);
/* Ends curproc with a wait status; returns the parent's x0 (the child's
 * pid) after switching tf to the parent. Never returns for the first
 * program: the run ends. */
long proc_exit(struct trapframe *tf, int wstatus);
void proc_kill(struct trapframe *tf, int sig, u64 pc, u64 addr);
/* Lets go of an address space p no longer runs on (at exit, or the old
 * one at exec): a vfork child gives its parent's back, with whatever brk
 * or mmap changed in it; any other process frees its own. */
void proc_vm_release(struct proc *p, struct vm *vm);

long sys_clone(const u64 *arg, struct trapframe *tf);
long sys_exit(const u64 *arg, struct trapframe *tf);
long sys_waitid(const u64 *arg, struct trapframe *tf);
long sys_wait4(const u64 *arg, struct trapframe *tf);
long sys_getpid(const u64 *arg, struct trapframe *tf);
long sys_getppid(const u64 *arg, struct trapframe *tf);
long sys_set_tid_address(const u64 *arg, struct trapframe *tf);

#endif

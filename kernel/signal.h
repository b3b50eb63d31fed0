/* Signals: actions and the mask are recorded, handlers never run; a
 * signal that is not ignored ends its process. */
#ifndef SIGNAL_H
#define SIGNAL_H

#include "arch.h"

/* struct sigaction as rt_sigaction takes it on aarch64: 32 bytes. */
struct sigaction_k {
	u64 handler, flags, restorer, mask;
};

struct proc;
/* Before a return to user mode: each pending signal the mask lets
 * through is dropped or ends curproc, and then maybe its parent... */
void signal_deliver(struct trapframe *tf);
void signal_exec(struct proc *p);
/* A signal the kernel itself sends: SIGPIPE, for a write no one can read. */
void signal_raise(struct proc *p, int sig);
/* Whether p's children are reaped as they end, never waited for: SIGCHLD
 * is SIG_IGN or has SA_NOCLDWAIT, as on Linux. */
int signal_nocldwait(const struct proc *p);

long sys_rt_sigaction(const u64 *arg, struct trapframe *tf);
long sys_rt_sigprocmask(const u64 *arg, struct trapframe *tf);
long sys_kill(const u64 *arg, struct trapframe *tf);
long sys_tkill(const u64 *arg, struct trapframe *tf);
long sys_tgkill(const u64 *arg, struct trapframe *tf);

#endif

/* Signals without handlers. rt_sigaction records each signal's action and
 * rt_sigprocmask the mask, and both report them back, but no handler ever
 * runs: a signal that is not ignored takes its default action, which
 * ends the process (as SIGABRT from abort() should) or, for the signals
 * Linux ignores or stops on by default, does nothing (there is no job
 * control). A blocked signal waits, pending, until it is unblocked; a
 * signal sent to a process that waits for its child acts when it
 * resumes. */
#include "signal.h"
#include "abi.h"
#include "lib.h"
#include "proc.h"

#define SIG_DFL 0
#define SIG_IGN 1
#define SA_NOCLDWAIT 2
#define NSIG 64
#define BIT(sig) (1UL << ((sig) - 1))
#define UNBLOCKABLE (BIT(SIGKILL) | BIT(SIGSTOP))
/* What Linux ignores by default, or stops on (no job control here) */
#define HARMLESS (BIT(SIGCHLD) | BIT(SIGCONT) | BIT(SIGURG) | BIT(SIGWINCH) | \
		  BIT(SIGSTOP) | BIT(SIGTSTP) | BIT(SIGTTIN) | BIT(SIGTTOU))

/* Whether sig does nothing to p: ignored, or harmless by default. */
static int discarded(const struct proc *p, int sig)
{
	return p->act[sig - 1].handler == SIG_IGN || (BIT(sig) & HARMLESS);
}

void signal_deliver(struct trapframe *tf)
{
	u64 ready;
	while ((ready = curproc->sigpending & ~(curproc->sigmask & ~UNBLOCKABLE))) {
		int sig = __builtin_ctzl(ready) + 1;
		curproc->sigpending &= ~BIT(sig);
		if (!discarded(curproc, sig))
			proc_kill(tf, sig, tf->pc, 0);
	}
}

void signal_raise(struct proc *p, int sig) { p->sigpending |= BIT(sig); }

int signal_nocldwait(const struct proc *p)
{
	return p->act[SIGCHLD - 1].handler == SIG_IGN || (p->act[SIGCHLD - 1].flags & SA_NOCLDWAIT);
}

/* After execve: handlers are gone, what was ignored stays ignored. */
void signal_exec(struct proc *p)
{
	for (int i = 0; i < NSIG; i++) {
		u64 ign = p->act[i].handler == SIG_IGN;
		memset(&p->act[i], 0, sizeof p->act[i]);
		p->act[i].handler = ign ? SIG_IGN : SIG_DFL;
	}
}

long sys_rt_sigaction(const u64 *arg, struct trapframe *tf)
{
	int sig = (int)arg[0];
	struct sigaction_k act, old;
	if (arg[3] != sizeof(u64))
		return -EINVAL;
	if (arg[1] && vm_copyin(&curproc->vm, &act, arg[1], sizeof act) < 0)
		return -EFAULT;
	if (sig < 1 || sig > NSIG || (arg[1] && (UNBLOCKABLE & BIT(sig))))
		return -EINVAL;
	old = curproc->act[sig - 1];
	if (arg[1]) {
		act.mask &= ~UNBLOCKABLE;
		curproc->act[sig - 1] = act;
	}
	if (arg[2] && vm_copyout(&curproc->vm, arg[2], &old, sizeof old) < 0)
		return -EFAULT;
	return 0;
}

long sys_rt_sigprocmask(const u64 *arg, struct trapframe *tf)
{
	u64 old = curproc->sigmask, set;
	if (arg[3] != sizeof(u64))
		return -EINVAL;
	if (arg[1]) {
		if (vm_copyin(&curproc->vm, &set, arg[1], sizeof set) < 0)
			return -EFAULT;
		switch ((int)arg[0]) {
		case SIG_BLOCK: curproc->sigmask |= set; break;
		case SIG_UNBLOCK: curproc->sigmask &= ~set; break;
		case SIG_SETMASK: curproc->sigmask = set; break;
		default: return -EINVAL;
		}
		curproc->sigmask &= ~UNBLOCKABLE;
	}
	if (arg[2] && vm_copyout(&curproc->vm, arg[2], &old, sizeof old) < 0)
		return -EFAULT;
	return 0;
}

/* The process pid: the caller, a process waiting for its child (an
 * ancestor), or an ended child of one of these; NULL if none. */
static struct proc *find(int pid)
{
	for (struct proc *p = curproc; p; p = p->parent) {
		if (p->pid == pid)
			return p;
		for (struct proc *c = p->children; c; c = c->sibling)
			if (c->pid == pid)
				return c;
	}
	return NULL;
}

/* Sends sig to p (0 only checks); an ended process takes no notice. */
static long send(struct proc *p, int sig)
{
	if (!p)
		return -ESRCH;
	if (sig < 0 || sig > NSIG)
		return -EINVAL;
	if (sig && p->state != ZOMBIE)
		p->sigpending |= BIT(sig);
	return 0;
}

/* kill(pid, sig). Every process is in the first program's group, so the
 * group forms reach every process that is running or waiting; -1 reaches
 * those but the first program and the caller. */
long sys_kill(const u64 *arg, struct trapframe *tf)
{
	int pid = (int)arg[0], sig = (int)arg[1], n = 0;
	long r = 0;
	if (pid > 0)
		return send(find(pid), sig);
	if (pid < -1 && pid != -PGID)
		return send(NULL, sig);
	for (struct proc *p = curproc; p && r == 0; p = p->parent)
		if (pid != -1 || (p != curproc && p->pid != PGID)) {
			r = send(p, sig);
			n++;
		}
	return r < 0 ? r : n ? 0 : -ESRCH;
}

long sys_tkill(const u64 *arg, struct trapframe *tf)
{
	int tid = (int)arg[0];
	return tid <= 0 ? -EINVAL : send(find(tid), (int)arg[1]);
}

/* One thread per process: its tid is its pid. */
long sys_tgkill(const u64 *arg, struct trapframe *tf)
{
	int tgid = (int)arg[0], tid = (int)arg[1];
	if (tgid <= 0 || tid <= 0)
		return -EINVAL;
	return send(tgid == tid ? find(tid) : NULL, (int)arg[2]);
}

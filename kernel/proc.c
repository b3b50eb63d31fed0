/* fork, vfork, exit and wait. The parent of a running child is suspended
 * inside its clone call, its registers saved in its struct proc; the
 * child's exit restores them with the child's pid as clone's result. */
#include "proc.h"
#include "abi.h"
#include "lib.h"
#include "output.h"
#include "page.h"
#include "syscall.h"

#define CLONE_FORK_FLAGS (CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID | \
			  CLONE_CHILD_SETTID | SIGCHLD)
#define WAIT_IGNORED 0xe0000000 /* __WNOTHREAD __WALL __WCLONE */

struct proc *curproc;
static int nextpid = 1;

static struct proc *proc_alloc(void)
{
	struct proc *p = kzalloc(sizeof *p);
	if (p)
		p->pid = nextpid++;
	return p;
}

static void proc_release(struct proc *p) { kfree(p, sizeof *p); }

struct proc *proc_first(void)
{
	struct proc *p = proc_alloc();
	if (!p || vm_init(&p->vm) < 0 || fd_init(p) < 0)
		panic("no memory for the first process");
	p->cwd = tmpfs_lookup("", 0);   /* the root; umask 0, as the linux driver's */
	p->cwd->nopen++;
	curproc = p;
	return p;
}

/* clone(flags, stack, ptid, tls, ctid) as fork or vfork: a new stack and
 * the tid and TLS flags a C library's fork uses are honoured. With
 * CLONE_VM | CLONE_VFORK the child runs on its parent's address space
 * itself, lent until it execs or ends: the parent waits for the child
 * anyway, which is all CLONE_VFORK asks. CLONE_VFORK alone is a fork.
 * CLONE_VM alone (a thread) and sharing files are -EINVAL.
 * CLONE_CHILD_CLEARTID needs nothing: no thread is left to see the store. */
long sys_clone(const u64 *arg, struct trapframe *tf)
{
	struct proc *parent = curproc, *child;
	u64 flags = arg[0];
	int lend = (flags & CLONE_VM) != 0;
	if ((flags & ~(CLONE_FORK_FLAGS | CLONE_VFORK | CLONE_VM)) || (flags & 0xff) != SIGCHLD ||
	    (lend && !(flags & CLONE_VFORK)))
		return -EINVAL;
	if (parent->depth + 1 >= MAX_DEPTH)
		return -EAGAIN;
	if (!(child = proc_alloc()))
		return -EAGAIN;
	/* As on Linux, the parent's tid word gets the child's pid and a
	 * forked child's copy keeps the old value; a bad address is not an
	 * error. */
	u32 old_tid = 0;
	int settid = (flags & CLONE_PARENT_SETTID) && vm_copyin(&parent->vm, &old_tid, arg[2], 4) == 0 &&
		     vm_copyout(&parent->vm, arg[2], &child->pid, 4) == 0;
	child->parent = parent;
	child->vm = parent->vm;
	child->vm_lent = lend;
	if ((!lend && vm_copy(&child->vm, &parent->vm) < 0) || fd_copy(child, parent) < 0) {
		if (!lend)
			vm_free(&child->vm); /* nothing if vm_copy failed */
		proc_release(child);
		if (settid)
			vm_copyout(&parent->vm, arg[2], &old_tid, 4);
		return -ENOMEM;
	}
	child->cwd = parent->cwd;
	child->cwd->nopen++;
	child->exe = parent->exe;
	child->exe->nopen++;
	child->umask = parent->umask;
	child->sigmask = parent->sigmask;
	memcpy(child->act, parent->act, sizeof child->act);
	child->depth = parent->depth + 1;
	child->sibling = parent->children;
	parent->children = child;
	parent->tf = *tf;
	fp_save(&parent->fp);
	parent->state = WAITING;
	if (settid && !lend)
		vm_copyout(&child->vm, arg[2], &old_tid, 4);
	if (flags & CLONE_CHILD_SETTID)
		vm_copyout(&child->vm, arg[4], &child->pid, 4);
	curproc = child;
	pt_activate(child->vm.root);
	if (arg[1])
		tf->sp = arg[1];
	if (flags & CLONE_SETTLS)
		tls_set(arg[3]);
	return 0;
}

/* While a vfork child runs, its parent's struct vm is a stale copy: only
 * the child's moves (brk, mmap), so it is handed back whole. */
void proc_vm_release(struct proc *p, struct vm *vm)
{
	if (p->vm_lent) {
		p->parent->vm = *vm;
		p->vm_lent = 0;
	} else
		vm_free(vm);
}

/* Frees curproc's ended child c. */
static void reap(struct proc *c)
{
	struct proc **pp = &curproc->children;
	while (*pp != c)
		pp = &(*pp)->sibling;
	*pp = c->sibling;
	proc_release(c);
}

long proc_exit(struct trapframe *tf, int wstatus)
{
	struct proc *p = curproc, *parent = p->parent;
	fd_close_all(p);
	tmpfs_put(p->cwd);
	tmpfs_put(p->exe);
	if (parent)
		pt_activate(parent->vm.root); /* before p's tables are freed */
	proc_vm_release(p, &p->vm);
	while (p->children) {
		struct proc *c = p->children;
		p->children = c->sibling;
		proc_release(c);
	}
	p->wstatus = wstatus;
	p->state = ZOMBIE;
	if (!parent)
		run_exit(wstatus);
	curproc = parent;
	parent->state = RUNNING;
	*tf = parent->tf;
	fp_restore(&parent->fp);
	int pid = p->pid;
	if (signal_nocldwait(parent))
		reap(p);
	return pid;
}

long sys_exit(const u64 *arg, struct trapframe *tf) { return proc_exit(tf, (arg[0] & 0xff) << 8); }

void proc_kill(struct trapframe *tf, int sig, u64 pc, u64 addr)
{
	if (!curproc->parent)
		kprintf("first program killed by signal %d (pc %lx, address %lx)", sig, pc, addr);
	TF_RET(tf) = proc_exit(tf, sig);
}

/* The first zombie child that matches (id 0: any, -1: none), or NULL;
 * *any tells whether there is a matching child at all. */
static struct proc *find_zombie(int id, int *any)
{
	*any = 0;
	for (struct proc *c = curproc->children; c; c = c->sibling)
		if (id == 0 || c->pid == id) {
			*any = 1;
			if (c->state == ZOMBIE)
				return c;
		}
	return NULL;
}

/* No time passes that a program could measure: resource use is zero. */
static int zero_rusage(u64 uva)
{
	u8 zero[144];
	memset(zero, 0, sizeof zero);
	return vm_copyout(&curproc->vm, uva, zero, sizeof zero);
}

long sys_waitid(const u64 *arg, struct trapframe *tf)
{
	int idtype = (int)arg[0], id = (int)arg[1], options = (int)arg[3], any;
	u64 infop = arg[2];
	if (options & ~(WNOHANG | WUNTRACED | WEXITED | WCONTINUED | WNOWAIT | WAIT_IGNORED))
		return -EINVAL;
	if (!(options & (WUNTRACED | WEXITED | WCONTINUED)))
		return -EINVAL;
	if (idtype == P_ALL || (idtype == P_PGID && id >= 0))
		id = idtype == P_ALL || id == 0 || id == PGID ? 0 : -1;
	else if (idtype != P_PID || id <= 0)
		return -EINVAL;
	struct proc *c = find_zombie(id, &any);
	if (!c)
		return any && (options & WNOHANG) ? 0 : -ECHILD;
	/* As on Linux, the child is reaped before its report is stored: a
	 * bad pointer loses the report, not the child's slot. */
	u8 info[128];
	int fields[7] = { SIGCHLD, 0, (c->wstatus & 0x7f) ? CLD_KILLED : CLD_EXITED,
			  0, c->pid, 0,
			  (c->wstatus & 0x7f) ? c->wstatus & 0x7f : (c->wstatus >> 8) & 0xff };
	memset(info, 0, sizeof info);
	memcpy(info, fields, sizeof fields);
	if (!(options & WNOWAIT))
		reap(c);
	if (infop && vm_copyout(&curproc->vm, infop, info, sizeof info) < 0)
		return -EFAULT;
	if (arg[4] && zero_rusage(arg[4]) < 0)
		return -EFAULT;
	return 0;
}

long sys_wait4(const u64 *arg, struct trapframe *tf)
{
	int pid = (int)arg[0], options = (int)arg[2], any;
	u64 statusp = arg[1], rusagep = arg[3];
	if (options & ~(WNOHANG | WUNTRACED | WCONTINUED | WAIT_IGNORED))
		return -EINVAL;
	if (pid == -2147483647 - 1) /* as Linux: -INT_MIN is no group */
		return -ESRCH;
	/* any child, or those of a process group: ours has them all */
	int id = pid > 0 ? pid : pid == 0 || pid == -1 || -pid == PGID ? 0 : -1;
	struct proc *c = find_zombie(id, &any);
	if (!c)
		return any && (options & WNOHANG) ? 0 : -ECHILD;
	int cpid = c->pid, wstatus = c->wstatus;
	reap(c); /* first, as on Linux */
	if (statusp && vm_copyout(&curproc->vm, statusp, &wstatus, 4) < 0)
		return -EFAULT;
	if (rusagep && zero_rusage(rusagep) < 0)
		return -EFAULT;
	return cpid;
}

long sys_getpid(const u64 *arg, struct trapframe *tf) { return curproc->pid; }

long sys_getppid(const u64 *arg, struct trapframe *tf) { return curproc->parent ? curproc->parent->pid : 0; }

long sys_set_tid_address(const u64 *arg, struct trapframe *tf) { return curproc->pid; }

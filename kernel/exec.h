/* Loading a program: ELF64 ET_EXEC with PT_LOAD segments, and the
 * initial stack. */
#ifndef EXEC_H
#define EXEC_H

#include "types.h"

/* argv then envp strings, each NUL-terminated, back to back. */
struct args {
	char *buf;
	u64 len;
	int argc, envc;
};

struct proc;
struct trapframe;
int exec_args_alloc(struct args *a);
void exec_args_free(struct args *a);
struct inode;
/* 0 if ip may be executed, else -EACCES or -ETXTBSY, as Linux says. */
int exec_allowed(const struct inode *ip);
/* Replaces p's program with the file ip; 0 or -errno, in which case p is
 * untouched. */
int exec(struct proc *p, struct inode *ip, struct args *a, struct trapframe *tf);
long sys_execve(const u64 *arg, struct trapframe *tf);
const char *exec_error(int r);      /* why exec failed, in words */

#endif

/* System call dispatch. */
#ifndef SYSCALL_H
#define SYSCALL_H

#include "arch.h"

/* The frame of the call in progress, for the calls that switch process
 * or program (clone, exit, execve). */
extern struct trapframe *syscall_tf;
void syscall(struct trapframe *tf);

#endif

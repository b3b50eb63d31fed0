/* System call dispatch. */
#ifndef SYSCALL_H
#define SYSCALL_H

#include "arch.h"

void syscall(struct trapframe *tf);

#endif

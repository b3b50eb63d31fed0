#ifndef _SETJMP_H
#define _SETJMP_H

/* Enough for any arch's callee-saved registers (aarch64 uses 21). */
typedef unsigned long jmp_buf[32];

int setjmp(jmp_buf env);
void longjmp(jmp_buf env, int val) __attribute__((__noreturn__));

#endif

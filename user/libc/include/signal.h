#ifndef _SIGNAL_H
#define _SIGNAL_H
#include <bits/types.h>

/* The contract has no signals: nothing is ever delivered, and a fault
 * simply ends the process. These declarations let programs that install
 * handlers build; the calls accept and forget (src/misc/signal.c). */
typedef int sig_atomic_t;
typedef void (*sighandler_t)(int);
typedef struct {
	unsigned long __bits[16];
} sigset_t;

typedef struct {
	int si_signo;
	int si_errno;
	int si_code;
	int __pad;
	void *si_addr;
	int si_status;
	int __rest[23];
} siginfo_t;

typedef struct {
	void *ss_sp;
	int ss_flags;
	size_t ss_size;
} stack_t;

struct sigaction {
	union {
		sighandler_t __handler;
		void (*__sigaction)(int, siginfo_t *, void *);
	} __sa;
	sigset_t sa_mask;
	int sa_flags;
};
#define sa_handler __sa.__handler
#define sa_sigaction __sa.__sigaction

#define SIG_DFL ((sighandler_t)0)
#define SIG_IGN ((sighandler_t)1)
#define SIG_ERR ((sighandler_t)-1)

#define SA_NOCLDSTOP 1
#define SA_SIGINFO 4
#define SA_ONSTACK 0x08000000
#define SA_RESTART 0x10000000
#define SA_NODEFER 0x40000000
#define SA_RESETHAND 0x80000000

#include <bits/signal.h>

#define FPE_INTDIV 1
#define FPE_INTOVF 2
#define FPE_FLTDIV 3
#define SEGV_MAPERR 1
#define SEGV_ACCERR 2

sighandler_t signal(int sig, sighandler_t handler);
int raise(int sig);
int sigaction(int sig, const struct sigaction *act, struct sigaction *old);
int sigprocmask(int how, const sigset_t *set, sigset_t *old);
int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int sig);
int sigdelset(sigset_t *set, int sig);
int sigismember(const sigset_t *set, int sig);

#endif

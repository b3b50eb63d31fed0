/* Signals without signals (see signal.h). signal() and sigaction()
 * accept a handler and forget it, since nothing will ever call it;
 * raise() ends the process with the status a shell shows for that
 * signal (128 + sig), since it cannot be killed. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

sighandler_t signal(int sig, sighandler_t handler)
{
	(void)sig;
	(void)handler;
	return SIG_DFL;
}

int sigaction(int sig, const struct sigaction *act, struct sigaction *old)
{
	(void)act;
	if (sig <= 0 || sig >= 65) {
		errno = EINVAL;
		return -1;
	}
	if (old)
		memset(old, 0, sizeof *old);
	return 0;
}

int sigprocmask(int how, const sigset_t *set, sigset_t *old)
{
	(void)how;
	(void)set;
	if (old)
		sigemptyset(old);
	return 0;
}

int raise(int sig)
{
	_Exit(128 + sig);
}

int sigemptyset(sigset_t *set)
{
	memset(set, 0, sizeof *set);
	return 0;
}

int sigfillset(sigset_t *set)
{
	memset(set, 0xff, sizeof *set);
	return 0;
}

static int bad(int sig)
{
	if (sig > 0 && sig <= 64)
		return 0;
	errno = EINVAL;
	return 1;
}

int sigaddset(sigset_t *set, int sig)
{
	if (bad(sig))
		return -1;
	set->__bits[(sig - 1) / 64] |= 1UL << ((sig - 1) % 64);
	return 0;
}

int sigdelset(sigset_t *set, int sig)
{
	if (bad(sig))
		return -1;
	set->__bits[(sig - 1) / 64] &= ~(1UL << ((sig - 1) % 64));
	return 0;
}

int sigismember(const sigset_t *set, int sig)
{
	if (bad(sig))
		return -1;
	return (int)(set->__bits[(sig - 1) / 64] >> ((sig - 1) % 64) & 1);
}

/* No signals in the contract. signal() accepts and forgets a handler;
 * raise() ends the process with the status a shell shows for that
 * signal (128 + sig), since it cannot be killed. */
#include <signal.h>
#include <stdlib.h>

sighandler_t signal(int sig, sighandler_t handler)
{
	(void)sig;
	(void)handler;
	return SIG_DFL;
}

int raise(int sig)
{
	_Exit(128 + sig);
}

/* Run a function in a forked child and collect how it ended. */
#ifndef CHILD_H
#define CHILD_H

#include "sys.h"

/* Fork; the child runs fn and exits with its result. The parent waits with
 * waitid(P_PID, pid, WEXITED), fills *si and returns the pid fork returned
 * (or a negative errno from fork or waitid). */
long child_run(int (*fn)(void), struct siginfo *si);

/* "what: exited N" or "what: killed by signal S" or "what: code C status S" */
void child_show(const char *what, const struct siginfo *si);

/* child_run, child_show, then check that the child ended with code and
 * status and that si_pid is the pid fork returned. */
void child_expect(const char *what, int (*fn)(void), int code, int status);

#endif

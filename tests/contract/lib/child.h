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

#endif

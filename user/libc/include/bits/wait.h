/* waitpid's and waitid's options, waitid's id types and its child codes
 * (Linux). The kernel reads them from here too (kernel/abi.h). */
#ifndef _BITS_WAIT_H
#define _BITS_WAIT_H

#define WNOHANG 1
#define WUNTRACED 2
#define WEXITED 4
#define WCONTINUED 8
#define WNOWAIT 0x01000000
#define P_ALL 0
#define P_PID 1
#define P_PGID 2
#define CLD_EXITED 1
#define CLD_KILLED 2

#endif

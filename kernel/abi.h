/* The Linux ABI numbers the kernel implements: errno values, open flags
 * and *at() values, poll events, lseek whences, signal numbers, file
 * types, mmap's and clone's flags, wait's options. They are
 * written once, in the C library's headers that hold nothing else, and
 * read from there, so the kernel and the programs cannot disagree. (The
 * tests keep their own copy on purpose: they are the oracle.) */
#ifndef ABI_H
#define ABI_H

#include "../user/libc/include/bits/errno.h"
#include "../user/libc/include/bits/fcntl.h"
#include "../user/libc/include/bits/mman.h"
#include "../user/libc/include/bits/poll.h"
#include "../user/libc/include/bits/sched.h"
#include "../user/libc/include/bits/seek.h"
#include "../user/libc/include/bits/signal.h"
#include "../user/libc/include/bits/stat.h"
#include "../user/libc/include/bits/wait.h"

#endif

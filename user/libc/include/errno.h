#ifndef _ERRNO_H
#define _ERRNO_H

/* One thread, so one plain variable. */
extern int errno;

#include <bits/errno.h>

#endif

#ifndef _FCNTL_H
#define _FCNTL_H
#include <bits/types.h>

#include <bits/fcntl.h>

int open(const char *path, int flags, ...);
int openat(int dirfd, const char *path, int flags, ...);
int creat(const char *path, mode_t mode);

#endif

/* The basic types, defined once for every header (LP64). */
#ifndef _BITS_TYPES_H
#define _BITS_TYPES_H

typedef unsigned long size_t;
typedef long ssize_t;
typedef long ptrdiff_t;
typedef long intptr_t;
typedef unsigned long uintptr_t;
typedef unsigned int wchar_t;
typedef unsigned int wint_t;
typedef long off_t;
typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned int mode_t;
typedef unsigned long dev_t;
typedef unsigned long ino_t;
typedef unsigned int nlink_t;
typedef long blksize_t;
typedef long blkcnt_t;
typedef long time_t;
typedef long clock_t;
typedef long suseconds_t;
typedef int id_t;

/* gcc and tcc (tccdefs.h, per target) both predefine this type and the
 * __builtin_va_* operations on it. */
typedef __builtin_va_list __va_list;

#define NULL ((void *)0)

#endif

/* The basic types, defined once for every header (LP64). */
#ifndef _BITS_TYPES_H
#define _BITS_TYPES_H

typedef unsigned long size_t;
typedef long ssize_t;
typedef long ptrdiff_t;
typedef long intptr_t;
typedef unsigned long uintptr_t;
typedef unsigned int wchar_t;
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

#ifdef __TINYC__
/* tcc's arm64 back end implements va_start/va_arg as the builtins
 * __va_start/__va_arg over this AAPCS64 layout. */
typedef struct {
	void *__stack;
	void *__gr_top;
	void *__vr_top;
	int __gr_offs;
	int __vr_offs;
} __va_list;
#else
typedef __builtin_va_list __va_list;
#endif

#define NULL ((void *)0)

#endif

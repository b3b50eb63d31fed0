/* lib0.h: the C library of C0 programs, declared as POSIX and our libc
 * (user/libc) declare it, so that a program including only this header
 * builds both with cc0 and lib0.c (chain/cc0/lib0.c) and with a C
 * compiler and user/libc. Failing calls return -1 (there is no errno).
 * open takes its mode always (it is variadic in POSIX; the arguments
 * travel the same way on the arches we have). */
#ifndef LIB0_H
#define LIB0_H

typedef unsigned long size_t;
typedef long ssize_t;

#define NULL ((void *)0)

#define O_RDONLY 0
#define O_WRONLY 1
#define O_RDWR 2
#define O_CREAT 0100
#define O_TRUNC 01000
#define O_APPEND 02000
#define AT_FDCWD (-100)

ssize_t read(int fd, void *buf, size_t n);
ssize_t write(int fd, const void *buf, size_t n);
int open(const char *path, int flags, int mode);
int close(int fd);
void _exit(int status);
void exit(int status);

void *malloc(size_t n);
void free(void *p);
void *realloc(void *p, size_t n);
void *calloc(size_t n, size_t size);

size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strcpy(char *dst, const char *src);
char *strchr(const char *s, int c);
void *memcpy(void *dst, const void *src, size_t n);
void *memset(void *s, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);

#endif

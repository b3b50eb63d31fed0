/* Memory and string helpers, kernel messages. */
#ifndef LIB_H
#define LIB_H

#include "types.h"
#include "param.h"

typedef __builtin_va_list va_list;
#define va_start __builtin_va_start
#define va_end __builtin_va_end
#define va_arg __builtin_va_arg

void *memcpy(void *dst, const void *src, u64 n);
void *memset(void *dst, int c, u64 n);
int memcmp(const void *a, const void *b, u64 n);
u64 strlen(const char *s);
int hexdigit(int c); /* 0..15, or -1 if c is not a hex digit */

int vsnprintf(char *buf, u64 size, const char *fmt, va_list ap);
int snprintf(char *buf, u64 size, const char *fmt, ...);
/* A kernel message on the host's stderr, prefixed "seed: ". */
void kprintf(const char *fmt, ...);

#endif

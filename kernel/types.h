/* Fixed-width types for a freestanding kernel. */
#ifndef TYPES_H
#define TYPES_H

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long u64;
typedef signed char i8;
typedef int i32;
typedef long i64;

#define NULL ((void *)0)

#endif

/* Pipes under run-to-completion: the writer runs to its end into a buffer
 * that grows as needed, then the reader drains it (docs/DESIGN.md). */
#ifndef PIPE_H
#define PIPE_H

#include "arch.h"

struct pipe;

/* One open description of an end is gone; the last of both frees the
 * pipe. (fork and dup share descriptions: they change no count.) */
void pipe_put(struct pipe *p, int writer);
u64 pipe_ino(const struct pipe *p);
/* read and write on a user buffer that file.c has checked: the count,
 * 0 for end of file, or -errno. */
long pipe_read(struct pipe *p, u64 buf, u64 n, int nonblock);
long pipe_write(struct pipe *p, u64 buf, u64 n, int nonblock);
/* The poll events of an end (at_once: see pipe.c). */
int pipe_poll(const struct pipe *p, int writer, int nonblock, int at_once);

long sys_pipe2(const u64 *arg, struct trapframe *tf);

#endif

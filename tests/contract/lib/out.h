/* Test output: observations and verdicts, one line each, written straight
 * to stdout (unbuffered, so lines from parent and child never interleave). */
#ifndef OUT_H
#define OUT_H

void put(const char *s);
void put_fd(int fd, const char *s);
void put_num(long v);
/* "what v" */
void show(const char *what, long v);
/* "ok what" or "FAIL what"; returns cond */
int check(int cond, const char *what);
/* "ok what = got" or "FAIL what = got (want want)"; returns got == want */
int expect(long got, long want, const char *what);
/* status, or 1 if any check failed */
int done(int status);
/* decimal text of v into buf (at least 21 bytes); returns buf */
char *fmt_num(char *buf, long v);
/* decimal text to number; no sign, stops at the first non-digit */
long parse_num(const char *s);

#endif

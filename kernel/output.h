/* How a run ends: every file leaves the machine in one cpio archive,
 * and a status line tells the host how the first program ended. */
#ifndef OUTPUT_H
#define OUTPUT_H

void run_exit(int wstatus) __attribute__((noreturn));
void run_timeout(void) __attribute__((noreturn));
/* Ends the run on a kernel error: saves the files it can, then reports
 * "panic MSG" as the status. */
void panic(const char *fmt, ...) __attribute__((noreturn));

#endif

#ifndef _LIBGEN_H
#define _LIBGEN_H

/* POSIX basename and dirname: they may change their argument. */
char *basename(char *path);
char *dirname(char *path);

#endif

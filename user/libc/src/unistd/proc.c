/* Processes: getpid, fork, exec, wait, uname. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>
#include "syscall.h"

pid_t getpid(void)
{
	return (pid_t)__sys0(SYS_getpid);
}

/* The contract's clone is fork: flags SIGCHLD only. */
pid_t fork(void)
{
	return (pid_t)__sysret(__sys5(SYS_clone, SIGCHLD, 0, 0, 0, 0));
}

int execve(const char *path, char *const argv[], char *const envp[])
{
	return (int)__sysret(__sys3(SYS_execve, path, argv, envp));
}

int execv(const char *path, char *const argv[])
{
	return execve(path, argv, environ);
}

/* A name with a slash is a path; otherwise try each PATH entry (default
 * "/bin:/usr/bin"), keeping the first error that is not ENOENT. */
int execvp(const char *file, char *const argv[])
{
	const char *path = getenv("PATH");
	size_t flen = strlen(file);
	int err = ENOENT;

	if (strchr(file, '/'))
		return execv(file, argv);
	if (!path)
		path = "/bin:/usr/bin";
	for (;;) {
		size_t dlen = strcspn(path, ":");
		char *buf = malloc(dlen + flen + 2);

		if (!buf)
			return -1;
		memcpy(buf, path, dlen);
		buf[dlen] = '/';
		memcpy(buf + dlen + 1, file, flen + 1);
		execv(dlen ? buf : file, argv);
		free(buf);
		if (errno != ENOENT)
			err = errno;
		if (!path[dlen])
			break;
		path += dlen + 1;
	}
	errno = err;
	return -1;
}

pid_t waitpid(pid_t pid, int *status, int options)
{
	return (pid_t)__sysret(__sys4(SYS_wait4, pid, status, options, 0));
}

pid_t wait(int *status)
{
	return waitpid(-1, status, 0);
}

int uname(struct utsname *u)
{
	return (int)__sysret(__sys1(SYS_uname, u));
}

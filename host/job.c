/* job: run one program (QEMU) in its own process group under a time limit.
 * The whole group is killed on timeout, when seed itself is interrupted, and
 * after the program ends, so nothing it started outlives the run. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "seed.h"

/* Looks name up in $PATH here, since the program may get an empty environment. */
const char *find_in_path(const char *name, char *buf, size_t len)
{
	const char *p = getenv("PATH"), *colon;
	size_t n;

	if (strchr(name, '/'))
		return name;
	if (!p)
		p = "/usr/local/bin:/usr/bin:/bin";
	for (;;) {
		colon = strchr(p, ':');
		n = colon ? (size_t)(colon - p) : strlen(p);
		if (n == 0)
			snprintf(buf, len, "./%s", name);
		else
			snprintf(buf, len, "%.*s/%s", (int)n, p, name);
		if (access(buf, X_OK) == 0)
			return buf;
		if (!colon)
			return NULL;
		p = colon + 1;
	}
}

#define NOFILE_LIMIT 1024

static void child(const struct job *p, const char *exe, const sigset_t *mask)
{
	struct rlimit no_core = { 0, 0 };
	/* The seed kernel's fd table holds NOFILE_LIMIT fds. */
	struct rlimit nofile = { NOFILE_LIMIT, NOFILE_LIMIT };
	int null;

	setpgid(0, 0);
	sigprocmask(SIG_SETMASK, mask, NULL);
	/* qemu-user dumps guest cores into the cwd, which would join the outputs */
	setrlimit(RLIMIT_CORE, &no_core);
	if (p->umask0)
		umask(0);
	if (chdir(p->dir) < 0) {
		fail("%s: %s", p->dir, strerror(errno));
		_exit(127);
	}
	if ((null = open("/dev/null", O_RDWR)) < 0) {
		fail("/dev/null: %s", strerror(errno));
		_exit(127);
	}
	dup2(p->in >= 0 ? p->in : null, 0);
	if (p->quiet) {
		dup2(null, 1);
		dup2(null, 2);
	}
	/* The program sees fds 0, 1 and 2 only, as under the seed kernel. */
	for (int fd = 3; fd < NOFILE_LIMIT; fd++)
		close(fd);
	setrlimit(RLIMIT_NOFILE, &nofile);
	execve(exe, p->argv, p->envp);
	fail("%s: %s", exe, strerror(errno));
	_exit(127);
}

static int time_left(const struct timespec *deadline, struct timespec *left)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	left->tv_sec = deadline->tv_sec - now.tv_sec;
	left->tv_nsec = deadline->tv_nsec - now.tv_nsec;
	if (left->tv_nsec < 0) {
		left->tv_nsec += 1000000000L;
		left->tv_sec--;
	}
	return left->tv_sec >= 0;
}

/* Runs p to its end. Returns JOB_DONE with its wait status in *status,
 * JOB_TIMEOUT, JOB_INTERRUPTED with seed's fatal signal in *status, or -1. */
int job_run(const struct job *p, int *status)
{
	char buf[4096];
	const char *exe;
	sigset_t waited, old;
	struct timespec deadline, left;
	siginfo_t si;
	pid_t pid;
	int sig, result = JOB_DONE;

	if (!(exe = find_in_path(p->argv[0], buf, sizeof buf)))
		return fail("%s: not found in PATH", p->argv[0]);
	sigemptyset(&waited);
	sigaddset(&waited, SIGCHLD);
	sigaddset(&waited, SIGINT);
	sigaddset(&waited, SIGTERM);
	sigaddset(&waited, SIGHUP);
	sigprocmask(SIG_BLOCK, &waited, &old);
	fflush(NULL);
	if ((pid = fork()) < 0) {
		sigprocmask(SIG_SETMASK, &old, NULL);
		return fail("fork: %s", strerror(errno));
	}
	if (pid == 0)
		child(p, exe, &old);
	setpgid(pid, pid);
	clock_gettime(CLOCK_MONOTONIC, &deadline);
	deadline.tv_sec += p->timeout;
	while (waitpid(pid, status, WNOHANG) != pid) {
		if (!time_left(&deadline, &left)) {
			result = JOB_TIMEOUT;
			break;
		}
		sig = sigtimedwait(&waited, &si, &left);
		if (sig == SIGINT || sig == SIGTERM || sig == SIGHUP) {
			result = JOB_INTERRUPTED;
			break;
		}
	}
	if (result != JOB_DONE) {
		kill(-pid, SIGKILL);
		while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
			;
		if (result == JOB_INTERRUPTED)
			*status = sig;
	}
	kill(-pid, SIGKILL);
	sigprocmask(SIG_SETMASK, &old, NULL);
	return result;
}

/* The shell's view of a wait status: the exit code, or 128 + the signal. */
int job_exit_status(int wstatus)
{
	if (WIFSIGNALED(wstatus))
		return 128 + WTERMSIG(wstatus);
	return WEXITSTATUS(wstatus);
}

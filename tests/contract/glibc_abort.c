/* abort() and a failed assert in a program built against Debian's static
 * glibc end with SIGABRT, as on Linux: glibc unblocks SIGABRT, blocks
 * every signal around tgkill(getpid(), gettid(), SIGABRT) and restores
 * the mask, which lets the pending signal act. Two children, then the
 * program itself: status 134. */
// expect-status: 134
#include <assert.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static void report(const char *what, int status)
{
	if (WIFSIGNALED(status))
		printf("%s: killed by signal %d\n", what, WTERMSIG(status));
	else
		printf("%s: exited %d\n", what, WEXITSTATUS(status));
	fflush(stdout);
}

int main(int argc, char **argv)
{
	int status;
	(void)argv;
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0)
		abort();
	waitpid(pid, &status, 0);
	report("abort", status);
	pid = fork();
	if (pid == 0) {
		assert(argc == 42);
		return 0;
	}
	waitpid(pid, &status, 0);
	report("failed assert", status);
	pid = fork();
	if (pid == 0) {
		raise(SIGTERM);
		return 0;
	}
	waitpid(pid, &status, 0);
	report("raise(SIGTERM)", status);
	signal(SIGTERM, SIG_IGN);
	raise(SIGTERM);
	printf("SIGTERM ignored\n");
	fflush(stdout);
	abort();
}

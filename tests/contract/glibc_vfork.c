/* vfork() in a program built against Debian's static glibc (on aarch64,
 * clone(CLONE_VM | CLONE_VFORK | SIGCHLD) on the caller's stack): the
 * child execs or _exits while its parent waits; the parent resumes with
 * the child's pid. Nothing here depends on the child's writes reaching
 * the parent's memory: qemu-user, the linux driver, runs vfork as a fork
 * (glibc_vfork_shared.c checks the sharing, on the seed kernel).
 * Checked: execve of this program and its status, _exit statuses, a
 * child killed by abort(), an exec that fails in the child, the child's
 * own fd table (its close, dup2 and open leave the parent's alone), and
 * a vfork inside a vfork child. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int failures;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

/* The parent's view of a child that ended: "exited N" or "signal N". */
static void report(const char *what, pid_t pid)
{
	int status;
	pid_t got = waitpid(pid, &status, 0);
	if (got != pid)
		printf("FAIL %s: waitpid %d, errno %d\n", what, (int)got, errno);
	else if (WIFSIGNALED(status))
		printf("%s: signal %d\n", what, WTERMSIG(status));
	else
		printf("%s: exited %d\n", what, WEXITSTATUS(status));
}

/* This program run again by a child's execve: says what it was given
 * and which of fds 3-5 it has, then exits with argv[2]. */
static int exec_mode(int argc, char **argv)
{
	printf("exec'd: argc %d, %s %s, env %s;", argc, argv[1], argv[2],
	       getenv("VFORK_TEST") ? getenv("VFORK_TEST") : "(none)");
	for (int fd = 3; fd <= 5; fd++)
		printf(" fd %d %s", fd, fcntl(fd, F_GETFD) < 0 ? "closed" : "open");
	printf("\n");
	return atoi(argv[2]);
}

/* A vfork child that only _exits with code. */
static void exit_child(int code)
{
	char what[32];
	pid_t pid = vfork();
	if (pid == 0)
		_exit(code);
	snprintf(what, sizeof what, "vfork + _exit(%d)", code);
	report(what, pid);
}

int main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "exec") == 0)
		return exec_mode(argc, argv);
	setvbuf(stdout, NULL, _IONBF, 0); /* nothing buffered when a child runs */

	/* vfork, then execve of this program with an argument and an env */
	pid_t pid = vfork();
	if (pid == 0) {
		char *args[] = { argv[0], "exec", "42", NULL };
		char *env[] = { "VFORK_TEST=yes", NULL };
		execve(argv[0], args, env);
		_exit(127);
	}
	report("vfork + execve", pid); /* the parent may run once the child execs: wait first */
	check(pid > 0, "vfork returns the child's pid to the parent");

	/* vfork, then _exit with several statuses */
	exit_child(0);
	exit_child(1);
	exit_child(77);
	exit_child(255);

	/* a child that aborts */
	pid = vfork();
	if (pid == 0)
		abort();
	report("vfork + abort", pid);

	/* an exec that fails in the child: the child reports and _exits */
	pid = vfork();
	if (pid == 0) {
		char *args[] = { "missing", NULL };
		execve("no-such-program", args, NULL);
		_exit(errno == ENOENT ? 40 : 41);
	}
	report("vfork + execve of a missing file", pid);

	/* The fd table is the child's own: CLONE_FILES is not set. */
	int fd = open("vfork.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	check(fd == 3, "parent opens vfork.txt as fd 3");
	pid = vfork();
	if (pid == 0) {
		close(3);
		int f = open("child.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644); /* fd 3 again */
		dup2(f, 5);
		if (write(5, "child\n", 6) != 6)
			_exit(1);
		char *args[] = { argv[0], "exec", "9", NULL };
		execve(argv[0], args, NULL);
		_exit(127);
	}
	report("vfork + close, open, dup2, execve", pid);
	check(fcntl(5, F_GETFD) < 0, "the child's dup2 to fd 5 is not in the parent");
	check(write(3, "parent\n", 7) == 7, "the parent's fd 3 still writes vfork.txt");
	check(open("again.txt", O_WRONLY | O_CREAT, 0644) == 4, "the parent's next fd is 4");
	close(3);
	close(4);

	/* vfork inside a vfork child: the grandchild's status, plus one */
	pid = vfork();
	if (pid == 0) {
		pid_t inner = vfork();
		if (inner == 0)
			_exit(20);
		int status;
		if (waitpid(inner, &status, 0) != inner || !WIFEXITED(status))
			_exit(1);
		_exit(WEXITSTATUS(status) + 1);
	}
	report("nested vfork", pid);

	/* and fork still works after all this */
	pid = fork();
	if (pid == 0)
		_exit(3);
	report("fork afterwards", pid);
	return failures ? 1 : 0;
}

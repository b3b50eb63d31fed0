/* posix_spawn and posix_spawnp in a program built against Debian's
 * static glibc: it maps a stack (mmap) and clones with CLONE_VM |
 * CLONE_VFORK; the child applies the file actions and attributes, then
 * execs. The spawned program is this one again, which says what it was
 * given. Only spawns that succeed are here: when the child's exec fails,
 * Linux's posix_spawn returns the error, which the child writes into its
 * parent's memory, but qemu-user runs the clone as a fork and returns 0
 * (glibc_vfork_shared.c checks the errors, on the seed kernel). */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;
static int failures;

/* The spawned program: its arguments, environment, fds 0-6, its blocked
 * signals among 1-31 and which of SIGTERM and SIGUSR1 it ignores. */
static int child_mode(int argc, char **argv)
{
	printf("child: argc %d:", argc);
	for (int i = 1; i < argc; i++)
		printf(" %s", argv[i]);
	printf("; SPAWN_TEST=%s;", getenv("SPAWN_TEST") ? getenv("SPAWN_TEST") : "(none)");
	for (int fd = 0; fd <= 6; fd++) {
		int fl = fcntl(fd, F_GETFL);
		printf(" %d:%s", fd, fl < 0 ? "-" : (fl & O_ACCMODE) == O_RDONLY ? "r" :
					   (fl & O_ACCMODE) == O_WRONLY ? "w" : "rw");
	}
	sigset_t mask;
	sigprocmask(SIG_BLOCK, NULL, &mask);
	printf("; blocked:");
	for (int s = 1; s < 32; s++)
		if (sigismember(&mask, s))
			printf(" %d", s);
	struct sigaction sa;
	sigaction(SIGTERM, NULL, &sa);
	printf("; SIGTERM %s", sa.sa_handler == SIG_IGN ? "ignored" : "default");
	sigaction(SIGUSR1, NULL, &sa);
	printf(", SIGUSR1 %s\n", sa.sa_handler == SIG_IGN ? "ignored" : "default");
	return argc;
}

static void report(const char *what, int r, pid_t pid)
{
	int status;
	if (r != 0) {
		printf("FAIL %s: posix_spawn returned %d (%s)\n", what, r, strerror(r));
		failures++;
		return;
	}
	if (waitpid(pid, &status, 0) != pid) {
		printf("FAIL %s: waitpid errno %d\n", what, errno);
		failures++;
	} else if (WIFSIGNALED(status))
		printf("%s: signal %d\n", what, WTERMSIG(status));
	else
		printf("%s: exited %d\n", what, WEXITSTATUS(status));
}

/* The file's bytes on one line. */
static void show_file(const char *name)
{
	char buf[512];
	int fd = open(name, O_RDONLY);
	long n = fd < 0 ? -1 : read(fd, buf, sizeof buf - 1);
	if (fd >= 0)
		close(fd);
	if (n < 0) {
		printf("FAIL %s cannot be read\n", name);
		failures++;
		return;
	}
	buf[n] = 0;
	printf("%s holds: %s", name, buf);
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "child") == 0)
		return child_mode(argc, argv);
	setvbuf(stdout, NULL, _IONBF, 0); /* nothing buffered when a child runs */
	pid_t pid;
	char *args[] = { argv[0], "child", "one", "two", NULL };
	char *env[] = { "SPAWN_TEST=given", NULL };

	/* plain: no file actions, no attributes, the given environment */
	report("posix_spawn", posix_spawn(&pid, argv[0], NULL, NULL, args, env), pid);

	/* file actions: stdout to a new file, an input on fd 4 dup'ed to 5,
	 * fd 3 (open in the parent) closed */
	int fd3 = open("parent.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	int fd4 = open("input.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
	if (fd3 != 3 || fd4 != 4 || write(fd4, "input\n", 6) != 6)
		printf("FAIL setting up fds 3 and 4\n");
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "spawned.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	posix_spawn_file_actions_adddup2(&fa, 4, 5);
	posix_spawn_file_actions_addclose(&fa, 3);
	report("posix_spawn with file actions", posix_spawn(&pid, argv[0], &fa, NULL, args, env), pid);
	posix_spawn_file_actions_destroy(&fa);
	show_file("spawned.txt");
	printf("parent: fd 3 %s, fd 5 %s\n", fcntl(3, F_GETFD) < 0 ? "closed" : "open",
	       fcntl(5, F_GETFD) < 0 ? "closed" : "open");
	if (write(3, "parent\n", 7) != 7)
		printf("FAIL the parent's fd 3 no longer writes\n");
	close(3);
	close(4);

	/* attributes: a signal mask; SIGTERM ignored here but set to the
	 * default in the child, SIGUSR1 ignored and left so */
	signal(SIGTERM, SIG_IGN);
	signal(SIGUSR1, SIG_IGN);
	posix_spawnattr_t at;
	sigset_t mask, def;
	posix_spawnattr_init(&at);
	sigemptyset(&mask);
	sigaddset(&mask, SIGHUP);
	sigaddset(&mask, SIGUSR2);
	sigemptyset(&def);
	sigaddset(&def, SIGTERM);
	posix_spawnattr_setsigmask(&at, &mask);
	posix_spawnattr_setsigdefault(&at, &def);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
	report("posix_spawn with attributes", posix_spawn(&pid, argv[0], NULL, &at, args, env), pid);
	posix_spawnattr_destroy(&at);
	signal(SIGTERM, SIG_DFL);
	signal(SIGUSR1, SIG_DFL);

	/* posix_spawnp: a name with a slash is used as it is; one without is
	 * looked up in the caller's PATH (relative entries: the linux
	 * driver's root is not /), and the child gets the envp given */
	report("posix_spawnp ./name", posix_spawnp(&pid, "./glibc_posix_spawn", NULL, NULL, args, env), pid);
	setenv("PATH", "nowhere:.", 1);
	report("posix_spawnp through PATH",
	       posix_spawnp(&pid, "glibc_posix_spawn", NULL, NULL, args, environ), pid);

	/* many spawns in a row: each maps and unmaps its stack */
	int ok = 0;
	char *quiet[] = { argv[0], "child", NULL };
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "quiet.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	for (int i = 0; i < 50; i++) {
		int status;
		if (posix_spawn(&pid, argv[0], &fa, NULL, quiet, NULL) == 0 &&
		    waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 2)
			ok++;
	}
	posix_spawn_file_actions_destroy(&fa);
	printf("50 spawns: %d exited 2\n", ok);
	show_file("quiet.txt");
	return failures ? 1 : 0;
}

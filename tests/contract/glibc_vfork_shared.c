/* What a vfork child shares with its parent, as on Linux, in a program
 * built against Debian's static glibc: the child runs on its parent's
 * memory until it execs or exits, so its stores, its brk and its mmap are
 * the parent's; posix_spawn's child reports a failed exec (or file
 * action) through that memory, so posix_spawn returns the error. An exec
 * gives the child a memory of its own and leaves the parent's whole.
 * qemu-user runs such a clone as a fork, sharing nothing: seed only
 * (every expectation here was checked against Linux itself). */
// drivers: seed
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static int failures;
static volatile int shared;
static char *volatile child_map;

static void expect(long got, long want, const char *what)
{
	if (got == want)
		printf("ok %s = %ld\n", what, got);
	else
		printf("FAIL %s = %ld (want %ld)\n", what, got, want);
	failures += got != want;
}

static int status_of(pid_t pid)
{
	int status;
	return waitpid(pid, &status, 0) == pid ? status : -1;
}

static int spawn_error(const char *path, const posix_spawn_file_actions_t *fa)
{
	char *args[] = { (char *)path, NULL };
	pid_t pid = -1;
	int r = posix_spawn(&pid, path, fa, NULL, args, NULL);
	if (r == 0)
		status_of(pid);
	return r;
}

int main(int argc, char **argv)
{
	if (argc > 1)
		return 5; /* run by an exec below */
	setvbuf(stdout, NULL, _IONBF, 0);

	/* stores to a global and to the parent's stack */
	volatile int local = 1;
	pid_t pid = vfork();
	if (pid == 0) {
		shared = 42;
		local = 2;
		_exit(0);
	}
	expect(status_of(pid), 0, "child's status");
	expect(shared, 42, "the child's store to a global");
	expect(local, 2, "the child's store to the parent's stack");

	/* the child's brk moves the parent's */
	char *before = sbrk(0);
	pid = vfork();
	if (pid == 0) {
		char *p = sbrk(8192);
		if (p == (char *)-1)
			_exit(1);
		memset(p, 'b', 8192);
		_exit(0);
	}
	expect(status_of(pid), 0, "child's status after sbrk");
	char *after = sbrk(0);
	expect(after - before, 8192, "the parent's break moved by the child's sbrk");
	expect(after[-1], 'b', "and holds what the child wrote");

	/* the child's mmap is the parent's */
	pid = vfork();
	if (pid == 0) {
		char *m = mmap(NULL, 65536, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (m == MAP_FAILED)
			_exit(1);
		m[65535] = 'm';
		child_map = m;
		_exit(0);
	}
	expect(status_of(pid), 0, "child's status after mmap");
	expect(child_map ? child_map[65535] : 0, 'm', "the parent reads the child's mapping");
	expect(munmap(child_map, 65536), 0, "and unmaps it");

	/* an exec in the child leaves the parent's memory as it was */
	char *heap = malloc(1 << 20);
	memset(heap, 'h', 1 << 20);
	shared = 7;
	pid = vfork();
	if (pid == 0) {
		char *args[] = { argv[0], "exec", NULL };
		execve(argv[0], args, NULL);
		_exit(127);
	}
	expect(status_of(pid), 5 << 8, "the exec'd child's status");
	long intact = 0;
	for (int i = 0; i < (1 << 20); i++)
		intact += heap[i] == 'h';
	expect(intact, 1 << 20, "the parent's heap bytes intact after the child's exec");
	expect(shared, 7, "and its globals");

	/* posix_spawn's errors reach the parent through the shared memory */
	expect(spawn_error("no-such-program", NULL), ENOENT, "posix_spawn of a missing file");
	int fd = open("plain.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	expect(write(fd, "not a program\n", 14), 14, "write plain.txt");
	close(fd);
	expect(spawn_error("plain.txt", NULL), EACCES, "posix_spawn of a file without x bits");
	chmod("plain.txt", 0755);
	expect(spawn_error("plain.txt", NULL), ENOEXEC, "posix_spawn of a text file");
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "missing-input", O_RDONLY, 0);
	expect(spawn_error(argv[0], &fa), ENOENT, "posix_spawn whose open action fails");
	posix_spawn_file_actions_destroy(&fa);
	setenv("PATH", ".", 1);
	char *args[] = { "no-such-program", NULL };
	expect(posix_spawnp(&pid, "no-such-program", NULL, NULL, args, NULL), ENOENT,
	       "posix_spawnp of a name not in PATH");
	return failures ? 1 : 0;
}

// Nested spawning to depth 4: each level forks a child that execve's this
// program with the next depth; the leaf exits 10 and every level exits
// with its child's status + 1, so the first program sees 13 from depth 1.
#include "sys.h"
#include "out.h"

#define DEPTH 4

int main(int argc, char **argv)
{
	long depth = argc > 1 ? parse_num(argv[1]) : 0;
	char num[21];
	char *args[] = { argv[0], num, 0 };
	int status;
	long pid;

	show("start at depth", depth);
	if (depth == DEPTH)
		return done(10);
	fmt_num(num, depth + 1);
	pid = sys_fork();
	if (pid == 0) {
		sys_execve(argv[0], args, environ);
		sys_exit(127);
	}
	check(pid > 0 && sys_wait4((int)pid, &status, 0, 0) == pid,
	      "wait4 returns the pid fork returned");
	expect(status & 0x7f, 0, "child exited normally");
	show("at depth", depth);
	expect(status >> 8, 10 + DEPTH - depth - 1, "child's exit status");
	return done(depth == 0 ? 0 : (status >> 8) + 1);
}

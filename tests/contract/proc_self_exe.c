// execve("/proc/self/exe", ...) runs the caller's own program again, as on
// Linux (busybox starts its applets so): from the first program, and from
// a program that was itself started that way; in a forked child, whose
// status comes back. (Other names under /proc are not there on the seed
// kernel and are not tried.)
// expect-status: 42
#include "sys.h"
#include "out.h"

static char *envp[] = { 0 };

int main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "again") == 0) {
		put("started again with ");
		put(argv[2]);
		put("\n");
		if (strcmp(argv[2], "once") == 0) {
			char *args[] = { "argv0", "again", "twice", 0 };
			sys_execve("/proc/self/exe", args, envp);
			put("FAIL exec of /proc/self/exe from a program started by it\n");
			return 1;
		}
		return 42;
	}
	char *args[] = { "argv0", "again", "once", 0 };
	long pid = sys_fork();
	int status;
	if (pid == 0) {
		sys_execve("/proc/self/exe", args, envp);
		sys_exit(127);
	}
	sys_wait4((int)pid, &status, 0, 0);
	expect(status, 42 << 8, "the child ran this program twice more and exited 42");
	char *last[] = { "argv0", "again", "last", 0 };
	sys_execve("/proc/self/exe", last, envp);
	put("FAIL still here\n");
	return 1;
}

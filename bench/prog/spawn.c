/* spawn MB N: touch MB MiB of heap, then N times fork, exec "nothing"
 * in the child, and wait for it. */
#include "out.h"
#include "sys.h"

int main(int argc, char **argv)
{
	if (argc != 3)
		return 2;
	long mb = parse_num(argv[1]), n = parse_num(argv[2]);
	char *heap = (char *)sys_brk(0);
	if (sys_brk(heap + (mb << 20)) != (long)(heap + (mb << 20)))
		return 3;
	for (long off = 0; off < (mb << 20); off += 4096)
		heap[off] = 1;
	char *child_argv[] = { "nothing", 0 };
	for (long i = 0; i < n; i++) {
		long pid = sys_fork();
		if (pid == 0) {
			sys_execve("nothing", child_argv, 0);
			sys_exit(127);
		}
		int status;
		if (pid < 0 || sys_wait4(pid, &status, 0, 0) != pid || status != 0)
			return 4;
	}
	return 0;
}

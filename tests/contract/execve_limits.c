// execve's argument limits are Linux's (with the 8 MiB stack): a string
// of up to 128 KiB with its NUL, and strings and pointers together up to
// a quarter of the stack, 2 MiB. So 100,000 and 200,000 empty arguments
// work, 300,000 are E2BIG; twelve arguments of 128 KiB - 1 work, twenty
// are E2BIG. (Cases near the edges are left out: Linux also counts the
// file name, and qemu-user's own arguments count under the linux driver.)
#include "sys.h"
#include "out.h"

static char *args[300002];
static char big[128 * 1024 + 1];

/* Runs this program again with nempty empty arguments and nbig strings of
 * len bytes: its exit status (what it found), or 98 for E2BIG. */
static long again(const char *self, long nempty, long nbig, long len)
{
	long n = 0;
	args[n++] = (char *)self;
	for (long i = 0; i < nempty; i++)
		args[n++] = "";
	memset(big, 'x', len);
	big[len] = 0;
	for (long i = 0; i < nbig; i++)
		args[n++] = big;
	args[n] = 0;
	long pid = sys_fork();
	if (pid == 0) {
		long r = sys_execve(self, args, 0);
		sys_exit(r == -E2BIG ? 98 : 99);
	}
	int status = -1;
	sys_wait4((int)pid, &status, 0, 0);
	return status >> 8;
}

int main(int argc, char **argv)
{
	if (argc > 1) { /* the program again: the strings whole, or how many */
		if (argv[argc - 1][0] == 'x')
			return strlen(argv[argc - 1]) == 128 * 1024 - 1 ? 2 : 5;
		return argc == 100001 ? 2 : argc == 200001 ? 3 : 4;
	}
	expect(again(argv[0], 100000, 0, 0), 2, "100,000 empty arguments");
	expect(again(argv[0], 200000, 0, 0), 3, "200,000 empty arguments");
	expect(again(argv[0], 300000, 0, 0), 98, "300,000: E2BIG");
	expect(again(argv[0], 0, 1, 128 * 1024 - 1), 2, "one argument of 128 KiB - 1");
	expect(again(argv[0], 0, 1, 128 * 1024), 98, "one of 128 KiB: E2BIG");
	expect(again(argv[0], 0, 12, 128 * 1024 - 1), 2, "twelve of 128 KiB - 1");
	expect(again(argv[0], 0, 20, 128 * 1024 - 1), 98, "twenty: E2BIG");
	return done(0);
}

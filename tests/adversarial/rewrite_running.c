// A program runs from its file's own pages (docs/DESIGN.md): rewriting
// or truncating the file while the program runs must not change the
// running code, and the file's new bytes are what a later exec sees.
// (Linux refused such writes for a long time: seed only.)
// drivers: seed
#include "out.h"
#include "sys.h"

static char self[1 << 20], zeros[1 << 16];

static long work(long n)
{
	long s = 0;
	for (long i = 0; i < n; i++)
		s += i * 3;
	return s;
}

static int run(char *mode)
{
	long pid = sys_fork();
	if (pid == 0) {
		char *argv[] = { "copy", mode, 0 };
		sys_exit((int)(100 - sys_execve("copy", argv, 0)));
	}
	int status;
	sys_wait4(pid, &status, 0, 0);
	return status;
}

int main(int argc, char **argv)
{
	if (argc > 1) {
		/* the copy: clobber its own file, then go on running its code */
		int fd = sys_open("copy", argv[1][0] == 't' ? O_WRONLY | O_TRUNC : O_WRONLY, 0);
		if (fd < 0)
			return 1;
		if (argv[1][0] == 'w')
			for (int i = 0; i < 16; i++)
				sys_write(fd, zeros, sizeof zeros);
		sys_close(fd);
		return work(1000) == 1498500 ? 42 : 2;
	}
	int fd = sys_open(argv[0], O_RDONLY, 0);
	long n = sys_read(fd, self, sizeof self);
	sys_close(fd);
	for (int round = 0; round < 2; round++) {
		char *mode = round ? "truncate" : "write";
		fd = sys_open("copy", O_WRONLY | O_CREAT | O_TRUNC, 0755);
		check(sys_write(fd, self, n) == n, "copy written");
		sys_close(fd);
		expect(run(mode), 42 << 8, round ? "runs on after truncating its file" :
						   "runs on after overwriting its file");
		expect(run(mode), (100 + 8) << 8, "then the file is no program: ENOEXEC");
	}
	return done(0);
}

// A pipeline of three programs built as a shell builds one: for each
// stage a pipe, a fork, dup3 of the ends onto fds 0 and 1, the other ends
// closed, execve; the shell closes its copies and waits for all three.
//   gen N | upper | sum
// gen writes N bytes of text in writes of 12345 bytes, upper changes the
// letters to capitals reading 7000 at a time, sum counts and hashes what
// reaches it and leaves the result in sum.txt. 6 MiB go through, and the
// parent checks the result against its own count. The fds survive execve
// as fds 0 and 1; a pipe made with O_CLOEXEC does not; one made without
// does, and gen writes to it for the parent to read.
#include "sys.h"
#include "out.h"

#define SIZE (6L << 20)

static char self[] = "pipe_pipeline";
static char *envp[] = { 0 };
static char buf[65536];

static long fcntl(int fd, int cmd, long arg) { return syscall(SYS_fcntl, (long)fd, (long)cmd, arg); }

static char text(long i)
{
	static const char line[] = "the quick brown fox jumps over the lazy dog 0123456789\n";
	return line[i % (sizeof line - 1)];
}

static char upper(char c) { return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c; }

struct sum { unsigned long bytes, lines, hash; };

static void add(struct sum *s, const char *b, long n)
{
	for (long i = 0; i < n; i++) {
		s->hash = (s->hash ^ (unsigned char)b[i]) * 0x100000001b3UL;
		s->lines += b[i] == '\n';
	}
	s->bytes += n;
}

static int gen(long size, int cloexec_fd, int inherited_fd)
{
	long i = 0;
	if (fcntl(cloexec_fd, F_GETFD, 0) != -EBADF)
		return 10;
	if (sys_write(inherited_fd, "gen ran\n", 8) != 8)
		return 11;
	while (i < size) {
		long n = size - i < 12345 ? size - i : 12345;
		for (long k = 0; k < n; k++)
			buf[k] = text(i + k);
		if (sys_write(1, buf, n) != n)
			return 12;
		i += n;
	}
	return 0;
}

static int up(void)
{
	long n;
	while ((n = sys_read(0, buf, 7000)) > 0) {
		for (long k = 0; k < n; k++)
			buf[k] = upper(buf[k]);
		if (sys_write(1, buf, n) != n)
			return 12;
	}
	return n < 0 ? 13 : 0;
}

static void put_sum(int fd, const struct sum *s)
{
	char num[24];
	put_fd(fd, "bytes ");
	put_fd(fd, fmt_num(num, (long)s->bytes));
	put_fd(fd, " lines ");
	put_fd(fd, fmt_num(num, (long)s->lines));
	put_fd(fd, " hash ");
	put_fd(fd, fmt_num(num, (long)(s->hash >> 1)));
	put_fd(fd, "\n");
}

static int sum(void)
{
	struct sum s = { 0, 0, 0xcbf29ce484222325UL };
	long n;
	while ((n = sys_read(0, buf, sizeof buf)) > 0)
		add(&s, buf, n);
	long fd = sys_open("sum.txt", O_CREAT | O_WRONLY | O_TRUNC, 0644);
	put_sum((int)fd, &s);
	return n < 0 ? 13 : 0;
}

/* Fork a stage: in on fd 0 and out on fd 1 (-1: leave it), every fd in
 * close closed, then execve self with args. */
static long stage(int in, int out, const int *close, char **args)
{
	long pid = sys_fork();
	if (pid != 0)
		return pid;
	if (in >= 0)
		sys_dup2(in, 0);
	if (out >= 0)
		sys_dup2(out, 1);
	for (; *close >= 0; close++)
		sys_close(*close);
	sys_execve(self, args, envp);
	sys_exit(127);
}

int main(int argc, char **argv)
{
	if (argc == 5 && strcmp(argv[1], "gen") == 0)
		return gen(parse_num(argv[2]), (int)parse_num(argv[3]), (int)parse_num(argv[4]));
	if (argc == 2 && strcmp(argv[1], "upper") == 0)
		return up();
	if (argc == 2 && strcmp(argv[1], "sum") == 0)
		return sum();

	int a[2], b[2], ce[2], inh[2], status;
	char n1[24], n2[24], n3[24];
	sys_pipe(inh);
	syscall(SYS_pipe2, ce, (long)O_CLOEXEC);
	char *gen_args[] = { self, "gen", fmt_num(n1, SIZE), fmt_num(n2, ce[0]), fmt_num(n3, inh[1]), 0 };
	char *up_args[] = { self, "upper", 0 };
	char *sum_args[] = { self, "sum", 0 };

	sys_pipe(a);
	int c1[] = { a[0], a[1], -1 };
	long p1 = stage(-1, a[1], c1, gen_args);
	sys_close(a[1]);
	sys_pipe(b);
	int c2[] = { a[0], b[0], b[1], -1 };
	long p2 = stage(a[0], b[1], c2, up_args);
	sys_close(a[0]);
	sys_close(b[1]);
	int c3[] = { b[0], -1 };
	long p3 = stage(b[0], -1, c3, sum_args);
	sys_close(b[0]);

	check(sys_wait4((int)p1, &status, 0, 0) == p1, "wait for gen");
	expect(status, 0, "gen's status");
	check(sys_wait4((int)p2, &status, 0, 0) == p2, "wait for upper");
	expect(status, 0, "upper's status");
	check(sys_wait4((int)p3, &status, 0, 0) == p3, "wait for sum");
	expect(status, 0, "sum's status");

	struct sum want = { 0, 0, 0xcbf29ce484222325UL };
	for (long i = 0; i < SIZE; i += sizeof buf) {
		for (long k = 0; k < (long)sizeof buf; k++)
			buf[k] = upper(text(i + k));
		add(&want, buf, sizeof buf);
	}
	char wanted[128], got[128];
	long fd = sys_open("want.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
	put_sum((int)fd, &want);
	sys_lseek((int)fd, 0, SEEK_SET);
	long wn = sys_read((int)fd, wanted, sizeof wanted);
	sys_unlink("want.txt");
	fd = sys_open("sum.txt", O_RDONLY, 0);
	long gn = sys_read((int)fd, got, sizeof got);
	check(gn > 0 && gn == wn && memcmp(got, wanted, wn) == 0, "sum saw every byte in order");
	sys_write(1, got, gn > 0 ? gn : 0);

	sys_close(inh[1]);
	expect(sys_read(inh[0], got, sizeof got), 8, "gen wrote to the inherited pipe");
	check(memcmp(got, "gen ran\n", 8) == 0, "gen ran");
	return done(0);
}

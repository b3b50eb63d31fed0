/* init: PID 1 of the linux-vm driver's machine (docs/DESIGN.md, "linux-vm
 * driver"). Debian's arm64 Linux kernel boots with an initramfs holding
 * this program as /init, the run's command line as /cmdline (the seed
 * kernel's format: "timeout=SECONDS" then the encoded argv) and the inputs
 * under /run/. It gives the program what the seed kernel gives its first
 * program (docs/CONTRACT.md): /run as its root and working directory, an
 * empty environment, umask 0, fd 0 a null device read-write, fds 1 and 2
 * pipes, no other fds, at most 1024 fds, no core files. The program runs as
 * a child in its own session, so it is not PID 1 and its process group is
 * its own pid. Then init hands back what the seed kernel hands back, in the
 * same form and through the same channel, Arm semihosting, which QEMU lets
 * user mode use when started with userspace=on (docs/FORMATS.md):
 *   the console   the program's fds 1 and 2, as they are written: ":tt"
 *                 opened "w" and "a" are QEMU's stdout and stderr
 *   seed-out.cpio every regular file under /run at the end, newc
 *   seed-status   exit N | signal S | timeout | panic MESSAGE; lost N
 * and ends the machine with semihosting SYS_EXIT.
 * Built against Debian's static glibc: it needs pipes, poll, pidfds and
 * chroot, which our own C library (written to the seed contract) lacks,
 * and it is part of the reference, not of the chain. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define RUN_DIR "/run"
#define CMDLINE "/cmdline"
#define NOFILE_LIMIT 1024     /* the seed kernel's fd table */
#define PANIC_STATUS 125
#define DRAIN_MS 5000         /* how long pipes may stay open once the program ended */

/* Arm semihosting (the seed kernel's kernel/arch/aarch64/semihost.c). */
#define SH_OPEN 0x01
#define SH_CLOSE 0x02
#define SH_WRITE 0x05
#define SH_EXIT 0x18
#define SH_MODE_WB 5          /* fopen "wb" */
#define SH_MODE_W 4           /* ":tt" opened "w": QEMU's stdout */
#define SH_MODE_A 8           /* ":tt" opened "a": QEMU's stderr */
#define ADP_APP_EXIT 0x20026

static long semihost(long op, void *arg)
{
	register long x0 __asm__("x0") = op;
	register void *x1 __asm__("x1") = arg;

	__asm__ volatile("hlt #0xf000" : "+r"(x0) : "r"(x1) : "memory");
	return x0;
}

static long sh_open(const char *name, long mode)
{
	unsigned long block[3] = { (unsigned long)name, mode, strlen(name) };

	return semihost(SH_OPEN, block);
}

/* QEMU reads buf through the page tables; a page that is not mapped at
 * that moment (being migrated) makes it write less: touch and go on. */
static int sh_write(long h, const void *buf, size_t len)
{
	const volatile char *p = buf;
	unsigned long block[3];
	long left;
	int tries;

	for (tries = 0; len > 0 && tries < 100; tries++) {
		for (size_t i = 0; i < len; i += 4096)
			(void)p[i];
		block[0] = h;
		block[1] = (unsigned long)p;
		block[2] = len;
		left = semihost(SH_WRITE, block);
		if (left < 0 || (size_t)left > len)
			return -1;
		p += len - left;
		len = left;
	}
	return len == 0 ? 0 : -1;
}

static void sh_close(long h)
{
	unsigned long block[1] = { h };

	semihost(SH_CLOSE, block);
}

static void poweroff(int status)
{
	unsigned long block[2] = { ADP_APP_EXIT, status };

	for (;;)
		semihost(SH_EXIT, block);
}

static long console_out, console_err;

/* "seed: MESSAGE" on the host's stderr, as the seed kernel says things. */
static void say(const char *fmt, ...)
{
	char line[600];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = snprintf(line, sizeof line, "seed: ");
	n += vsnprintf(line + n, sizeof line - n - 1, fmt, ap);
	va_end(ap);
	if (n > (int)sizeof line - 2)
		n = sizeof line - 2;
	line[n++] = '\n';
	sh_write(console_err, line, n);
}

static void write_line(const char *file, const char *line)
{
	long h = sh_open(file, SH_MODE_WB);

	if (h >= 0) {
		sh_write(h, line, strlen(line));
		sh_close(h);
	}
}

/* --- the output archive, newc as the seed kernel writes it --- */

static char out[1 << 20];
static size_t used;
static long archive;
static int failed, lost;
static unsigned ino;

static void flush(void)
{
	if (used && sh_write(archive, out, used) < 0)
		failed = 1;
	used = 0;
}

static void emit(const void *src, size_t n)
{
	size_t part;

	while (n > 0) {
		part = sizeof out - used < n ? sizeof out - used : n;
		if (src) {
			memcpy(out + used, src, part);
			src = (const char *)src + part;
		} else
			memset(out + used, 0, part);
		used += part;
		n -= part;
		if (used == sizeof out)
			flush();
	}
}

static void pad4(size_t n) { emit(NULL, (4 - (n & 3)) & 3); }

/* Every field fits in 32 bits: sizes are checked, names are short. */
static void header(unsigned num, unsigned mode, unsigned size, const char *name)
{
	char h[111];
	unsigned len = strlen(name);

	snprintf(h, sizeof h, "070701%08x%08x%08x%08x%08x%08x%08x%08x%08x%08x%08x%08x%08x",
		 num, mode, 0, 0, 1, 0, size, 0, 0, 0, 0, len + 1, 0);
	emit(h, 110);
	emit(name, len + 1);
	pad4(110 + len + 1);
}

/* Appends the file whose name under RUN_DIR is name. */
static void add_file(int dirfd, const char *leaf, const char *name, const struct stat *st)
{
	char buf[65536];
	off_t left = st->st_size;
	ssize_t got;
	int fd;

	if (st->st_size > 0xffffffffL) {
		say("%s: %lld bytes, more than the output archive can hold (4 GiB - 1): not saved",
		    name, (long long)st->st_size);
		lost++;
		return;
	}
	if ((fd = openat(dirfd, leaf, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)) < 0) {
		say("%s: %s: not saved", name, strerror(errno));
		failed = 1;
		return;
	}
	header(++ino, 0100000 | (st->st_mode & 07777), st->st_size, name);
	while (left > 0 && (got = read(fd, buf, left < (off_t)sizeof buf ? left : (off_t)sizeof buf)) > 0) {
		emit(buf, got);
		left -= got;
	}
	if (left > 0) {   /* keep the archive whole: zeros, and say so */
		say("%s: cannot read it all", name);
		failed = 1;
		emit(NULL, left);
	}
	pad4(st->st_size);
	close(fd);
}

/* Every regular file under the directory dirfd, whose name is prefix. */
static void add_tree(int dirfd, const char *prefix)
{
	char name[8192];
	struct dirent *e;
	struct stat st;
	DIR *d;
	int sub;

	if (!(d = fdopendir(dirfd))) {
		close(dirfd);
		failed = 1;
		return;
	}
	while ((e = readdir(d))) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (snprintf(name, sizeof name, "%s%s%s", prefix, *prefix ? "/" : "", e->d_name)
		    >= (int)sizeof name || fstatat(dirfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0) {
			failed = 1;
			continue;
		}
		if (S_ISREG(st.st_mode))
			add_file(dirfd, e->d_name, name, &st);
		else if (S_ISDIR(st.st_mode)) {
			if ((sub = openat(dirfd, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) < 0)
				failed = 1;
			else
				add_tree(sub, name);
		}
	}
	closedir(d);
}

static void write_archive(void)
{
	int fd;

	if ((archive = sh_open("seed-out.cpio", SH_MODE_WB)) < 0) {
		failed = 1;
		return;
	}
	if ((fd = open(RUN_DIR, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
		failed = 1;
	else
		add_tree(fd, "");
	header(0, 0, 0, "TRAILER!!!");
	flush();
	sh_close(archive);
}

/* Something of ours broke: save what can be saved and say so, as the seed
 * kernel's panic does (once: a panic while saving skips it). */
static void panic(const char *why)
{
	static int panicking;
	char line[600];

	kill(-1, SIGKILL);
	if (!panicking++) {
		used = 0;
		write_archive();
	}
	snprintf(line, sizeof line, "panic init: %s\n", why);
	write_line("seed-status", line);
	poweroff(PANIC_STATUS);
}

static void panic_errno(const char *what)
{
	char why[600];

	snprintf(why, sizeof why, "%s: %s", what, strerror(errno));
	panic(why);
}

/* --- the command line --- */

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* Decodes the words of s in place into argv; returns argc, or -1. */
static int decode(char *s, char **argv, int max)
{
	int argc = 0, hi, lo;
	char *w;

	while (*s) {
		if (*s == ' ') {
			s++;
			continue;
		}
		if (argc == max)
			return -1;
		argv[argc++] = w = s;
		if (s[0] == '%' && (s[1] == ' ' || !s[1]))
			s++;
		for (; *s && *s != ' '; s++) {
			if (*s == '%') {
				if ((hi = hexval(s[1])) < 0 || (lo = hexval(s[2])) < 0)
					return -1;
				*w++ = (char)(hi << 4 | lo);
				s += 2;
			} else
				*w++ = *s;
		}
		if (*s)
			s++;
		*w = 0;
	}
	argv[argc] = NULL;
	return argc;
}

/* Reads CMDLINE: the timeout in *seconds, the program's argv. */
static char **read_cmdline(long *seconds)
{
	static char line[256 * 1024];
	char **argv, *s;
	ssize_t n;
	int fd;

	if ((fd = open(CMDLINE, O_RDONLY | O_CLOEXEC)) < 0)
		panic_errno(CMDLINE);
	n = read(fd, line, sizeof line - 1);
	close(fd);
	if (n <= 0 || strncmp(line, "timeout=", 8) != 0)
		panic(CMDLINE ": malformed");
	line[n] = 0;
	*seconds = strtol(line + 8, &s, 10);
	if (!(argv = calloc(n / 2 + 2, sizeof *argv)) || decode(s, argv, n / 2 + 1) < 1)
		panic(CMDLINE ": malformed");
	return argv;
}

/* --- the program --- */

/* In the child: the seed kernel's first program's world, then exec. */
static void start(char **argv, int out_w, int err_w)
{
	struct rlimit nofile = { NOFILE_LIMIT, NOFILE_LIMIT }, core = { 0, 0 };
	char *envp[] = { NULL };
	sigset_t none;
	int null;

	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	setsid();
	umask(0);
	if ((null = open("/dev/null", O_RDWR)) < 0 || dup2(null, 0) < 0 || dup2(out_w, 1) < 0 ||
	    dup2(err_w, 2) < 0 || chdir(RUN_DIR) < 0 || chroot(".") < 0)
		_exit(PANIC_STATUS);
	close_range(3, ~0U, 0);
	setrlimit(RLIMIT_NOFILE, &nofile);
	setrlimit(RLIMIT_CORE, &core);
	execve(argv[0], argv, envp);
	dprintf(2, "seed: %s: cannot execute: %s\n", argv[0], strerror(errno));
	_exit(127);
}

static long now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* Copies what is in the pipe to the console; 0 at end of file. */
static int forward(int fd, long console)
{
	static char buf[65536];
	ssize_t n = read(fd, buf, sizeof buf);

	if (n > 0 && sh_write(console, buf, n) < 0)
		panic_errno("console");
	return n > 0 || (n < 0 && (errno == EINTR || errno == EAGAIN));
}

/* Runs the program to its end or the deadline; forwards its output as it
 * comes. Returns its wait status, or -1 at the deadline. */
static int run(char **argv, long seconds)
{
	struct pollfd p[3];
	int out[2], err[2], status = -1, done = 0, open_pipes = 2;
	long deadline, left;
	siginfo_t si;
	pid_t pid;

	/* Only our read ends are non-blocking: a pipe's two ends are two
	 * open files. */
	if (pipe2(out, O_CLOEXEC) < 0 || pipe2(err, O_CLOEXEC) < 0 ||
	    fcntl(out[0], F_SETFL, O_NONBLOCK) < 0 || fcntl(err[0], F_SETFL, O_NONBLOCK) < 0)
		panic_errno("pipe");
	if ((pid = fork()) < 0)
		panic_errno("fork");
	if (pid == 0)
		start(argv, out[1], err[1]);
	close(out[1]);
	close(err[1]);
	p[0].fd = out[0];
	p[1].fd = err[0];
	if ((p[2].fd = syscall(SYS_pidfd_open, pid, 0)) < 0)
		panic_errno("pidfd_open");
	p[0].events = p[1].events = p[2].events = POLLIN;
	deadline = now_ms() + seconds * 1000;
	while (open_pipes > 0 || !done) {
		p[0].revents = p[1].revents = p[2].revents = 0;
		if ((left = deadline - now_ms()) <= 0) {
			if (done)  /* the pipes outlive everything we could stop */
				break;
			status = -1;  /* the deadline */
			done = 1;
		} else if (poll(p, 3, left > 1000000 ? 1000000 : (int)left) < 0 && errno != EINTR)
			panic_errno("poll");
		for (int i = 0; i < 2; i++)
			if (p[i].fd >= 0 && p[i].revents && !forward(p[i].fd, i ? console_err : console_out)) {
				close(p[i].fd);
				p[i].fd = -1;
				open_pipes--;
			}
		if (!done && p[2].revents) {
			if (waitid(P_PID, pid, &si, WEXITED) < 0)
				panic_errno("waitid");
			status = si.si_code == CLD_EXITED ? (si.si_status & 0xff) << 8 : si.si_status & 0x7f;
			done = 1;
		}
		if (done && p[2].fd >= 0) {
			/* The run ends with its first program, as on the seed
			 * kernel; whatever it left running goes too. */
			kill(-1, SIGKILL);
			close(p[2].fd);
			p[2].fd = -1;
			deadline = now_ms() + DRAIN_MS;
		}
	}
	while (waitpid(-1, NULL, WNOHANG) > 0)
		;
	return status;
}

int main(void)
{
	char line[80];
	long seconds;
	char **argv;
	int status;

	console_out = sh_open(":tt", SH_MODE_W);
	console_err = sh_open(":tt", SH_MODE_A);
	/* Pages semihosting reads stay where they are. */
	mlockall(MCL_CURRENT | MCL_FUTURE);
	argv = read_cmdline(&seconds);
	umask(0);
	if (mknod("/dev/null", S_IFCHR | 0666, makedev(1, 3)) < 0 && errno != EEXIST)
		panic_errno("/dev/null");
	status = run(argv, seconds);
	write_archive();
	if (failed)
		panic("cannot write the output archive seed-out.cpio on the host");
	if (status < 0) {
		write_line("seed-status", "timeout\n");
		poweroff(PANIC_STATUS);
	}
	if (status & 0x7f)
		snprintf(line, sizeof line, "signal %d\n", status & 0x7f);
	else
		snprintf(line, sizeof line, "exit %d\n", status >> 8 & 0xff);
	if (lost)
		snprintf(line + strlen(line), sizeof line - strlen(line), "lost %d\n", lost);
	write_line("seed-status", line);
	poweroff(status & 0x7f ? 128 + (status & 0x7f) : status >> 8 & 0xff);
	return 0;
}

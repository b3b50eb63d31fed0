/* driver_seed: boot the seed kernel under QEMU with the inputs as its initramfs.
 * QEMU runs in a sandbox (sandbox.c) that sees the run's directory W, the
 * kernel and QEMU's own files, so semihosting reaches nothing else of the host.
 *   in:  W/initramfs.cpio (the inputs), the command line (PROG ARGS, encoded)
 *   out: W/seed-status ("exit N", "signal S" or "panic MESSAGE") and
 *        W/seed-out.cpio (every file at exit), both written by the kernel
 *        through semihosting into QEMU's cwd W; the archive is extracted. */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "seed.h"

extern char **environ;

/* $(B)/ARCH/kernel.img, found from this program's own place, $(B)/host/seed. */
/* The kernel ends a run at its timeout itself, saving its files; QEMU is
 * killed only if it has not stopped this many seconds later. */
#define KILL_GRACE 15

static int kernel_image(const struct arch *a, char *buf, size_t len)
{
	char self[4096], *slash;
	ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
	int i;

	if (n < 0)
		return fail("/proc/self/exe: %s", strerror(errno));
	self[n] = 0;
	for (i = 0; i < 2 && (slash = strrchr(self, '/')); i++)
		*slash = 0;
	if ((size_t)snprintf(buf, len, "%s/%s/kernel.img", self, a->name) >= len)
		return fail("%s: path too long", self);
	if (access(buf, R_OK) < 0)
		return fail("%s: %s", buf, strerror(errno));
	return 0;
}

/* "exit N" or "signal S" with N, S decimal in [lo, hi]; returns N or S, or -1. */
static int status_number(const char *line, const char *word, int lo, int hi)
{
	size_t len = strlen(word);
	const char *s = line + len;
	long v = 0;

	if (strncmp(line, word, len) != 0 || *s == 0)
		return -1;
	for (; *s >= '0' && *s <= '9' && v <= hi; s++)
		v = 10 * v + (*s - '0');
	return *s == 0 && v >= lo && v <= hi ? v : -1;
}

/* The run's exit status from W/seed-status; *finished if the program ended. */
static int machine_status(const char *dir, int *finished, int *lost)
{
	char path[4200], line[4096];
	FILE *f;
	int n;

	*finished = *lost = 0;
	snprintf(path, sizeof path, "%s/seed-status", dir);
	if (!(f = fopen(path, "r"))) {
		fail("machine stopped without a status");
		return EXIT_MACHINE;
	}
	if (!fgets(line, sizeof line, f))
		line[0] = 0;
	if (fscanf(f, "lost %d", &n) == 1 && n > 0) {
		fail("%d %s too large for the output archive (named above) not brought back",
		     n, n == 1 ? "file" : "files");
		*lost = 1;
	}
	fclose(f);
	line[strcspn(line, "\n")] = 0;
	if (strcmp(line, "timeout") == 0) {
		*finished = 1;
		return EXIT_TIMEOUT;
	}
	if (strncmp(line, "panic ", 6) == 0) {
		fail("kernel panic: %s", line + 6);
		*finished = -1;
		return EXIT_MACHINE;
	}
	*finished = 1;
	if ((n = status_number(line, "exit ", 0, 255)) >= 0)
		return n;
	if ((n = status_number(line, "signal ", 1, 127)) >= 0)
		return 128 + n;
	*finished = 0;
	fail("machine wrote a malformed status: %s", line);
	return EXIT_MACHINE;
}

/* Boots the machine in dir, which holds initramfs.cpio, and extracts what it
 * leaves. Returns the run's exit status. */
static int boot(const struct run *r, const char *dir, const char *kernel)
{
	const char *env = getenv("SEED_QEMU_EXTRA");
	char *line = cmdline_encode(r->timeout, r->argv), *extra = strdup(env ? env : "");
	char **argv = NULL, **boxed;
	/* QEMU's own files: its libraries and modules (and the loader's cache of
	 * where they are, without which it tries a thousand paths), its
	 * firmware; and the kernel. */
	const char *const ro[] = { "/usr/lib", "/usr/lib64", "/lib", "/lib64", "/etc/ld.so.cache",
		"/usr/share/qemu", kernel, NULL };
	const char *const dev[] = { "/dev/kvm", NULL };
	struct sandbox box = { .dir = dir, .ro = ro, .dev = dev };
	char path[4200];
	struct job p = { 0 };
	int how, status, finished, lost;

	if (line && extra)
		argv = qemu_argv(r, kernel, line, extra);
	if (!argv) {
		fail("out of memory");
		status = EXIT_MACHINE;
		goto out;
	}
	if (!(boxed = sandbox_argv(&box, argv))) {
		status = EXIT_MACHINE;
		goto out;
	}
	p.argv = boxed;
	p.envp = environ;
	p.dir = dir;
	p.in = -1;
	p.timeout = r->timeout + KILL_GRACE;
	how = job_run(&p, &status);
	free(boxed);
	if (sandbox_done(&box, argv, environ, how, status) < 0) {
		status = EXIT_MACHINE;
		goto out;
	}
	if (how != JOB_DONE) {
		status = run_stopped(r, how, status);
		goto out;
	}
	status = machine_status(dir, &finished, &lost);
	if (status == EXIT_TIMEOUT && finished)
		fail("timeout after %d s: the machine stopped the program and saved its files", r->timeout);
	snprintf(path, sizeof path, "%s/seed-out.cpio", dir);
	if (finished < 0) {
		/* The kernel tries to save the files even when it panics. */
		if (access(path, F_OK) == 0 && newc_extract(path, r->out) == 0)
			fail("%s: the files present at the panic were extracted", r->out);
	} else if (finished && access(path, F_OK) < 0) {
		fail("machine stopped without an output archive");
		status = EXIT_MACHINE;
	} else if (finished && newc_extract(path, r->out) < 0)
		status = EXIT_MACHINE;
	else if (finished && lost)
		status = EXIT_LOST;
out:
	free(argv);
	free(extra);
	free(line);
	return status;
}

/* The inputs packed as the initramfs; or, for tests of the kernel's
 * checks, the archive SEED_INITRD names, as it is. */
static int initramfs_make(const char *path, const struct run *r)
{
	const char *given = getenv("SEED_INITRD");
	int from, to, ok;
	struct stat st;

	if (!given || !*given)
		return newc_pack(path, &r->inputs);
	if ((from = open(given, O_RDONLY)) < 0 || fstat(from, &st) < 0)
		return fail("%s: %s", given, strerror(errno));
	if ((to = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644)) < 0) {
		close(from);
		return fail("%s: %s", path, strerror(errno));
	}
	ok = copy_data(from, to, st.st_size);
	close(from);
	close(to);
	return ok;
}

int driver_seed(const struct run *r)
{
	char dir[4096], kernel[4096], initramfs[4200];
	int status;

	if (kernel_image(r->arch, kernel, sizeof kernel) < 0 || workdir_make(dir, sizeof dir) < 0)
		return EXIT_MACHINE;
	snprintf(initramfs, sizeof initramfs, "%s/initramfs.cpio", dir);
	status = initramfs_make(initramfs, r) < 0 ? EXIT_MACHINE : boot(r, dir, kernel);
	workdir_done(dir);
	return status;
}

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

/* The kernel ends a run at its timeout itself, saving its files; QEMU is
 * killed only if it has not stopped this many seconds later. */
#define KILL_GRACE 15

/* Boots the machine in dir, which holds initramfs.cpio, and extracts what it
 * leaves. Returns the run's exit status. */
static int boot(const struct run *r, const char *dir, const char *kernel)
{
	const char *env = getenv("SEED_QEMU_EXTRA");
	char *line = cmdline_encode(r->timeout, r->argv), *extra = strdup(env ? env : ""), **argv = NULL;
	int status;

	if (line && extra)
		argv = qemu_argv(r, kernel, line, extra);
	if (!argv) {
		fail("out of memory");
		status = EXIT_MACHINE;
	} else
		status = machine_boot(r, dir, kernel, argv, KILL_GRACE);
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
	char dir[4096], name[64], kernel[4200], initramfs[4200];
	int status;

	snprintf(name, sizeof name, "%s/kernel.img", r->arch->name);
	if (build_file(name, kernel, sizeof kernel) < 0 || workdir_make(dir, sizeof dir) < 0)
		return EXIT_MACHINE;
	snprintf(initramfs, sizeof initramfs, "%s/initramfs.cpio", dir);
	status = initramfs_make(initramfs, r) < 0 ? EXIT_MACHINE : boot(r, dir, kernel);
	workdir_done(dir);
	return status;
}

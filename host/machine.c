/* machine: one boot of QEMU in a work directory W, and what the machine leaves
 * there through semihosting: W/seed-status ("exit N", "signal S", "timeout" or
 * "panic MESSAGE"; then "lost N") and W/seed-out.cpio (every file at the end),
 * turned into the run's exit status and the files in the output directory.
 * The seed kernel writes them (driver_seed.c), and so does the linux-vm
 * driver's init (driver_linuxvm.c). docs/FORMATS.md has the formats. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "seed.h"

extern char **environ;

/* $(B)/name into buf, found from this program's own place, $(B)/host/seed;
 * the file must be readable. */
int build_file(const char *name, char *buf, size_t len)
{
	char self[4096], *slash;
	ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
	int i;

	if (n < 0)
		return fail("/proc/self/exe: %s", strerror(errno));
	self[n] = 0;
	for (i = 0; i < 2 && (slash = strrchr(self, '/')); i++)
		*slash = 0;
	if ((size_t)snprintf(buf, len, "%s/%s", self, name) >= len)
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

/* Runs QEMU (argv, booting kernel) in dir, inside the sandbox, and extracts
 * what the machine leaves. The machine stops the program at r->timeout
 * itself; QEMU is killed only if it has not stopped grace seconds later.
 * Returns the run's exit status. */
int machine_boot(const struct run *r, const char *dir, const char *kernel, char **argv, int grace)
{
	/* QEMU's own files: its libraries and modules (and the loader's cache of
	 * where they are, without which it tries a thousand paths), its
	 * firmware; and the kernel. */
	const char *const ro[] = { "/usr/lib", "/usr/lib64", "/lib", "/lib64", "/etc/ld.so.cache",
		"/usr/share/qemu", kernel, NULL };
	const char *const dev[] = { "/dev/kvm", NULL };
	struct sandbox box = { .dir = dir, .ro = ro, .dev = dev };
	char path[4200], **boxed;
	struct job p = { 0 };
	int how, status, finished, lost;

	if (!(boxed = sandbox_argv(&box, argv)))
		return EXIT_MACHINE;
	p.argv = boxed;
	p.envp = environ;
	p.dir = dir;
	p.in = -1;
	p.timeout = r->timeout + grace;
	how = job_run(&p, &status);
	free(boxed);
	if (sandbox_done(&box, argv, environ, how, status) < 0)
		return EXIT_MACHINE;
	if (how != JOB_DONE)
		return run_stopped(r, how, status);
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
	return status;
}

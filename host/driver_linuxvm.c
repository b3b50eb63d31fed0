/* driver_linuxvm: the reference on a real kernel. Boots Debian's arm64 Linux
 * (tests/packages.txt, unpacked by `make linux-vm` as $(B)/ARCH/linux-vm/Image)
 * on the seed driver's QEMU machine, with semihosting open to user mode. Its
 * initramfs holds our init (user/linuxvm/init.c), which gives the program the
 * seed kernel's world and hands back what the seed kernel hands back, the
 * same way (machine.c does the rest, as for the seed driver):
 *   in:  W/initramfs.cpio: the directories, then init, cmdline (the seed
 *        kernel's command line) and the inputs under run/
 *   out: W/seed-status and W/seed-out.cpio, the program's fds 1 and 2 on
 *        QEMU's stdout and stderr */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "seed.h"

/* Linux boots in a few seconds under TCG before init starts the program's
 * clock; QEMU is killed only if it has not stopped this long after that. */
#define KILL_GRACE 60
/* No console noise, a panic ends QEMU at once, and memory at the same
 * addresses in every run, as on the seed kernel. */
#define LINUX_CMDLINE "quiet panic=-1 norandmaps rdinit=/init"
#define RUN_DIR "run"

/* A newc entry without data: a directory (mode 040755), or the trailer. */
static int put_empty(int fd, const char *name, unsigned long mode, unsigned long ino)
{
	static const char zeros[4];
	char h[CPIO_HEADER_LEN + 1];
	struct newc_entry e = { ino, mode, mode ? 2 : 1, 0, strlen(name) + 1 };

	newc_format_header(h, &e);
	if (write_full(fd, h, CPIO_HEADER_LEN) < 0 || write_full(fd, name, e.namesize) < 0 ||
	    write_full(fd, zeros, PAD4(CPIO_HEADER_LEN + e.namesize)) < 0)
		return -1;
	return 0;
}

/* The directories the inputs (sorted) need under RUN_DIR, parents first, as
 * an archive of their own: Linux's initramfs makes no directory that no
 * entry names. A directory is there already when the previous name is
 * under it, since the names under one directory sort together. */
static int dirs_write(int fd, const struct inputs *in)
{
	char name[NAME_MAX_LEN + 8];
	const char *s, *slash, *prev = "";
	unsigned long ino = 1;
	size_t i;

	if (put_empty(fd, RUN_DIR, 040755, ino++) < 0)
		return -1;
	for (i = 0; i < in->n; i++) {
		s = in->v[i].name;
		for (slash = strchr(s, '/'); slash; slash = strchr(slash + 1, '/')) {
			if (strncmp(prev, s, slash - s + 1) == 0)
				continue;
			snprintf(name, sizeof name, RUN_DIR "/%.*s", (int)(slash - s), s);
			if (put_empty(fd, name, 040755, ino++) < 0)
				return -1;
		}
		prev = s;
	}
	return put_empty(fd, "TRAILER!!!", 0, 0);
}

static int add(struct inputs *in, const char *path, const char *name, unsigned perm)
{
	struct input *f;

	if (in->n == in->cap) {
		in->cap = in->cap ? 2 * in->cap : 64;
		if (!(in->v = realloc(in->v, in->cap * sizeof *in->v)))
			return fail("out of memory");
	}
	f = &in->v[in->n];
	if (!(f->path = strdup(path)) || !(f->name = strdup(name)))
		return fail("out of memory");
	f->perm = perm;
	f->size = 0;
	in->n++;
	return 0;
}

/* Appends file from to the open file to. */
static int append(int to, const char *from)
{
	struct stat st;
	int fd, r;

	if ((fd = open(from, O_RDONLY | O_CLOEXEC)) < 0 || fstat(fd, &st) < 0)
		return fail("%s: %s", from, strerror(errno));
	r = copy_data(fd, to, st.st_size);
	close(fd);
	return r < 0 ? fail("%s: %s", from, strerror(errno)) : 0;
}

/* W/initramfs.cpio: the directories, then an archive (W/files.cpio) of
 * init, the command line and the inputs; Linux unpacks one archive after
 * the other. */
static int initramfs_make(const char *dir, const struct run *r, const char *init)
{
	char cmdline[4200], files[4200], path[4200], name[NAME_MAX_LEN + 8], *line;
	struct inputs in = { 0 };
	size_t i;
	int fd, ok;

	snprintf(cmdline, sizeof cmdline, "%s/cmdline", dir);
	if (!(line = cmdline_encode(r->timeout, r->argv)))
		return fail("out of memory");
	fd = open(cmdline, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	ok = fd >= 0 && write_full(fd, line, strlen(line)) == 0;
	free(line);
	if (fd < 0 || close(fd) < 0 || !ok)
		return fail("%s: %s", cmdline, strerror(errno));
	ok = add(&in, init, "init", 0755) == 0 && add(&in, cmdline, "cmdline", 0644) == 0;
	for (i = 0; ok && i < r->inputs.n; i++) {
		snprintf(name, sizeof name, RUN_DIR "/%s", r->inputs.v[i].name);
		ok = add(&in, r->inputs.v[i].path, name, r->inputs.v[i].perm) == 0;
	}
	snprintf(files, sizeof files, "%s/files.cpio", dir);
	ok = ok && newc_pack(files, &in) == 0;
	for (i = 0; i < in.n; i++) {
		free(in.v[i].path);
		free(in.v[i].name);
	}
	free(in.v);
	if (!ok)
		return -1;
	snprintf(path, sizeof path, "%s/initramfs.cpio", dir);
	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644)) < 0)
		return fail("%s: %s", path, strerror(errno));
	if (dirs_write(fd, &r->inputs) < 0) {
		close(fd);
		return fail("%s: %s", path, strerror(errno));
	}
	ok = append(fd, files) == 0;
	if (close(fd) < 0 && ok)
		return fail("%s: %s", path, strerror(errno));
	return ok ? 0 : -1;
}

int driver_linuxvm(const struct run *r)
{
	const char *env = getenv("SEED_QEMU_EXTRA");
	char dir[4096], name[64], kernel[4200], init[4200], *extra, **argv = NULL;
	char line[] = LINUX_CMDLINE;
	int status;

	snprintf(name, sizeof name, "%s/linux-vm/Image", r->arch->name);
	if (build_file(name, kernel, sizeof kernel) < 0) {
		fail("the linux-vm driver needs Debian's kernel: make linux-vm fetches it");
		return EXIT_MACHINE;
	}
	snprintf(name, sizeof name, "%s/linux-vm/init", r->arch->name);
	if (build_file(name, init, sizeof init) < 0 || workdir_make(dir, sizeof dir) < 0)
		return EXIT_MACHINE;
	/* The same semihosting configuration, open to user mode, where init runs. */
	if ((extra = malloc(strlen(env ? env : "") + 100))) {
		sprintf(extra, "-semihosting-config enable=on,target=native,userspace=on %s", env ? env : "");
		argv = qemu_argv(r, kernel, line, extra);
	}
	if (!argv) {
		fail("out of memory");
		status = EXIT_MACHINE;
	} else if (initramfs_make(dir, r, init) < 0)
		status = EXIT_MACHINE;
	else
		status = machine_boot(r, dir, kernel, argv, KILL_GRACE);
	free(argv);
	free(extra);
	workdir_done(dir);
	return status;
}

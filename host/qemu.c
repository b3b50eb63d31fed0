/* qemu: the QEMU command line that boots the seed kernel.
 * What differs per guest comes from its row in arch.c; the accelerator is KVM
 * when the host can run the guest natively, else TCG. */
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include "seed.h"

extern char **environ;

/* KVM only when the host runs the guest's arch, and only if QEMU can really
 * start with it: /dev/kvm existing proves little. */
static int kvm_works(const struct arch *a)
{
	const char *tail[] = { "-accel", "kvm", "-cpu", "host", "-display", "none",
		"-nodefaults", "-S", "-monitor", "stdio", NULL };
	const char *argv[32];
	struct utsname u;
	struct job p = { 0 };
	int n = 0, i, fds[2], how, status;

	if (uname(&u) < 0 || strcmp(u.machine, a->name) != 0 || pipe(fds) < 0)
		return 0;
	argv[n++] = a->qemu_system;
	for (i = 0; a->machine[i]; i++)
		argv[n++] = a->machine[i];
	for (i = 0; tail[i]; i++)
		argv[n++] = tail[i];
	argv[n] = NULL;
	write_full(fds[1], "quit\n", 5);  /* to the monitor, once QEMU is up */
	close(fds[1]);
	p.argv = (char *const *)argv;
	p.envp = environ;
	p.dir = ".";
	p.in = fds[0];
	p.quiet = 1;
	p.timeout = 10;
	how = job_run(&p, &status);
	close(fds[0]);
	return how == JOB_DONE && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/* The QEMU command line: arch table row, memory, accelerator, kernel, initramfs. */
char **qemu_argv(const struct run *r, const char *kernel, char *line, char *extra)
{
	/* Only the devices the kernel uses: -nodefaults drops the default
	 * network card (whose option ROM is in another package), serial,
	 * parallel and monitor; the kernel talks through semihosting alone. */
	static const char *const common[] = { "-nodefaults", "-display", "none",
		"-no-reboot", NULL };
	const struct arch *a = r->arch;
	const char **argv = calloc(64 + strlen(extra), sizeof *argv);
	char *word;
	int n = 0, i;

	if (!argv)
		return NULL;
	argv[n++] = a->qemu_system;
	for (i = 0; a->machine[i]; i++)
		argv[n++] = a->machine[i];
	if (kvm_works(a)) {
		argv[n++] = "-accel";
		argv[n++] = "kvm";
		argv[n++] = "-cpu";
		argv[n++] = "host";
	} else {
		argv[n++] = "-accel";
		argv[n++] = "tcg";
		argv[n++] = "-cpu";
		argv[n++] = a->cpu_tcg;
	}
	argv[n++] = "-m";
	argv[n++] = r->mem;
	for (i = 0; common[i]; i++)
		argv[n++] = common[i];
	argv[n++] = "-kernel";
	argv[n++] = kernel;
	argv[n++] = "-initrd";
	argv[n++] = "initramfs.cpio";
	argv[n++] = "-append";
	argv[n++] = line;
	for (word = strtok(extra, " "); word; word = strtok(NULL, " "))
		argv[n++] = word;
	argv[n] = NULL;
	return (char **)argv;
}


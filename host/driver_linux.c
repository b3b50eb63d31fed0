/* driver_linux: the reference. Runs the program under Linux user-mode QEMU in a
 * fresh directory R holding copies of the inputs, with an empty environment and
 * umask 0, in a sandbox that sees only R (sandbox.c), then copies every regular
 * file left in R into the output directory.
 *   in:  r->inputs, r->argv     out: files in r->out, the program's status */
#include <fcntl.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "seed.h"

/* Copies every file of in into dir, which exists. */
static int copy_all(const struct inputs *in, const char *dir)
{
	size_t i;
	int dirfd, r = 0;

	if ((dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
		return fail("%s: %s", dir, strerror(errno));
	for (i = 0; i < in->n && r == 0; i++)
		r = tree_copy(&in->v[i], dir, dirfd);
	close(dirfd);
	return r;
}

static int run_in(const struct run *r, const char *dir)
{
	char *envp[] = { NULL };
	struct inputs left = { 0 };
	struct sandbox box = { .dir = dir, .leader = 1, .tmp = 1 };
	struct job p = { 0 };
	char **argv, **line;
	int n, how, status, bad;

	for (n = 0; r->argv[n]; n++)
		;
	if (!(argv = calloc(n + 3, sizeof *argv))) {
		fail("out of memory");
		return EXIT_MACHINE;
	}
	argv[0] = (char *)r->arch->qemu_user;
	argv[1] = "--";  /* PROG is the program even if it starts with '-' */
	memcpy(argv + 2, r->argv, n * sizeof *argv);
	if (!(line = sandbox_argv(&box, argv))) {
		free(argv);
		return EXIT_MACHINE;
	}
	p.argv = line;
	p.envp = envp;
	p.dir = dir;
	p.in = -1;
	p.umask0 = 1;
	p.timeout = r->timeout;
	how = job_run(&p, &status);
	free(line);
	bad = sandbox_done(&box, argv, envp, how, status) < 0;
	free(argv);
	if (bad)
		return EXIT_MACHINE;
	if (how != JOB_DONE)
		return run_stopped(r, how, status);
	if (inputs_add_tree(&left, dir, "", 0) < 0 || copy_all(&left, r->out) < 0)
		return EXIT_MACHINE;
	return job_exit_status(status);
}

int driver_linux(const struct run *r)
{
	char dir[4096];
	int status;

	if (binfmt_ensure(r->arch) < 0 || workdir_make(dir, sizeof dir) < 0)
		return EXIT_MACHINE;
	status = copy_all(&r->inputs, dir) < 0 ? EXIT_MACHINE : run_in(r, dir);
	workdir_done(dir);
	return status;
}

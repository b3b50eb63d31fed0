/* run: what every driver shares: the checks made before anything boots, and
 * what a run that did not finish on its own reports. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "seed.h"

static int out_dir_check(const char *out)
{
	struct stat st;
	struct dirent *e;
	DIR *d;
	int empty = 1;

	if (stat(out, &st) < 0)
		return errno == ENOENT ? 0 : fail("%s: %s", out, strerror(errno));
	if (!S_ISDIR(st.st_mode))
		return fail("%s: not a directory", out);
	if (!(d = opendir(out)))
		return fail("%s: %s", out, strerror(errno));
	while (empty && (e = readdir(d)))
		empty = strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
	closedir(d);
	if (!empty)
		return fail("%s: output directory not empty", out);
	return 0;
}

/* Everything that can be wrong with the command line is found here, so a run
 * either fails at once or boots. Makes the output directory. */
int run_check(struct run *r)
{
	const char *prog = r->argv[0];
	struct input *f;

	char *line = cmdline_encode(r->timeout, r->argv);
	size_t len = line ? strlen(line) : 0, n;

	free(line);
	for (n = 0; r->argv[n]; n++)
		;
	if (!line)
		return fail("out of memory");
	if (len > MACHINE_CMDLINE_MAX || n > MACHINE_ARGS_COUNT)
		return fail("arguments too long: %zu arguments, %zu bytes as the machine's command line "
			    "(a run takes at most %d arguments, %d bytes)", n, len, MACHINE_ARGS_COUNT,
			    MACHINE_CMDLINE_MAX);
	if (inputs_sort(&r->inputs) < 0)
		return -1;
	if (prog[0] == '/' || !(f = inputs_find(&r->inputs, prog)))
		return fail("%s: not among the inputs", prog);
	if (elf_check(f->path, prog, r->arch) < 0 || out_dir_check(r->out) < 0)
		return -1;
	return make_dirs(r->out);
}

/* The exit status of a run that job_run did not see to its end. */
int run_stopped(const struct run *r, int how, int sig)
{
	if (how == JOB_TIMEOUT) {
		fail("timeout after %d s", r->timeout);
		fail("%s: output not extracted after a timeout", r->out);
		return EXIT_TIMEOUT;
	}
	if (how == JOB_INTERRUPTED)
		return 128 + sig;
	return EXIT_MACHINE;
}

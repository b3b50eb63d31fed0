/* workdir: the scratch directory of one run, under $TMPDIR or /tmp.
 * SEED_KEEP_WORK=1 keeps it for a look afterwards. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seed.h"

int workdir_make(char *path, size_t len)
{
	const char *tmp = getenv("TMPDIR");

	if (!tmp || !*tmp)
		tmp = "/tmp";
	snprintf(path, len, "%s/seed.XXXXXX", tmp);
	if (!mkdtemp(path))
		return fail("%s: %s", path, strerror(errno));
	return 0;
}

void workdir_done(const char *path)
{
	const char *keep = getenv("SEED_KEEP_WORK");

	if (keep && strcmp(keep, "1") == 0)
		fprintf(stderr, "seed: work directory kept: %s\n", path);
	else
		tree_remove(path);
}

/* binfmt: the reference driver runs programs under qemu-user, and when they
 * execve other programs only binfmt_misc can route those to qemu-user too.
 * Make sure the arch's entry is there and enabled, setting it up if root. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

#include "seed.h"

#define BINFMT_DIR "/proc/sys/fs/binfmt_misc"

/* 1 if the entry is enabled, 0 if disabled, -1 if missing. */
static int entry_state(const char *entry)
{
	char line[16];
	FILE *f = fopen(entry, "r");
	int on;

	if (!f)
		return -1;
	on = fgets(line, sizeof line, f) && strcmp(line, "enabled\n") == 0;
	fclose(f);
	return on;
}

static int write_text(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC), r;

	if (fd < 0)
		return -1;
	r = write(fd, text, strlen(text)) == (ssize_t)strlen(text) ? 0 : -1;
	close(fd);
	return r;
}

/* Registers the line of conf that defines the entry (it starts with ':'). */
static int register_entry(const char *conf)
{
	char line[1024];
	FILE *f = fopen(conf, "r");
	int found = 0;

	if (!f)
		return fail("%s: %s", conf, strerror(errno));
	while (!found && fgets(line, sizeof line, f))
		found = line[0] == ':';
	fclose(f);
	if (!found)
		return fail("%s: no binfmt_misc entry in it", conf);
	line[strcspn(line, "\n")] = 0;
	if (write_text(BINFMT_DIR "/register", line) < 0)
		return fail("%s/register: %s", BINFMT_DIR, strerror(errno));
	return 0;
}

int binfmt_ensure(const struct arch *a)
{
	char entry[256], conf[256];
	int state;

	snprintf(entry, sizeof entry, "%s/%s", BINFMT_DIR, a->binfmt);
	snprintf(conf, sizeof conf, "/usr/lib/binfmt.d/%s.conf", a->binfmt);
	if (entry_state(entry) == 1)
		return 0;
	if (geteuid() != 0)
		return fail("binfmt_misc: %s is not enabled, and programs that execve need it;"
		    " as root run: cat %s > %s/register", a->binfmt, conf, BINFMT_DIR);
	if (access(BINFMT_DIR "/register", F_OK) < 0
	    && mount("binfmt_misc", BINFMT_DIR, "binfmt_misc", 0, NULL) < 0)
		return fail("%s: cannot mount binfmt_misc: %s", BINFMT_DIR, strerror(errno));
	state = entry_state(entry);
	if (state == 0 && write_text(entry, "1") < 0)
		return fail("%s: %s", entry, strerror(errno));
	if (state < 0 && register_entry(conf) < 0)
		return -1;
	if (entry_state(entry) != 1)
		return fail("%s: still not enabled", entry);
	return 0;
}

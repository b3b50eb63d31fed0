/* sandbox: run an emulator (qemu-user, QEMU) inside a bubblewrap sandbox, so
 * that what it runs (a hostile program, a kernel bug reached by a hostile
 * input) reaches nothing of the host: Arm semihosting and qemu-user's open()
 * of any absolute path meet an empty, read-only root.
 * Inside: the run's directory, read-write, the only one writable and the cwd;
 * the emulator and what the caller lists, read-only at their own paths; a
 * fresh /proc, and a minimal /dev if asked for; no network, new PID, IPC,
 * UTS and user namespaces, a new session (no TIOCSTI into the caller's
 * terminal), no environment, and the sandbox dies with seed.
 * SEED_NO_SANDBOX=1 runs the emulator as it is, saying so on every run: for
 * machines without user namespaces. docs/RELIABILITY.md says what it guarantees. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "seed.h"

#define OPT_WORDS 24  /* the fixed options below, and the run's directory */

static const char *const fixed[] = { "--unshare-all", "--die-with-parent", "--new-session",
	"--clearenv", "--proc", "/proc", NULL };

static int unsandboxed(void)
{
	const char *v = getenv("SEED_NO_SANDBOX");

	return v && strcmp(v, "1") == 0;
}

static size_t count(const char *const *v)
{
	size_t n = 0;

	while (v && v[n])
		n++;
	return n;
}

/* Words and strings of one command line in one block, freed with free(). */
struct line {
	char **argv;
	size_t n;
	char *text, *end;
};

static const char *keep(struct line *l, const char *s)
{
	size_t len = strlen(s) + 1;
	char *p = l->text;

	if ((size_t)(l->end - p) < len)
		return NULL;
	memcpy(p, s, len);
	l->text += len;
	return p;
}

static void add(struct line *l, const char *word)
{
	l->argv[l->n++] = (char *)word;
}

/* One host path seen read-only at its own place: a symlink stays a symlink
 * (/lib -> usr/lib), a missing path is left out. */
static int add_ro(struct line *l, const char *path)
{
	char target[4096];
	struct stat st;
	ssize_t n;

	if (lstat(path, &st) < 0)
		return 0;
	if (S_ISLNK(st.st_mode)) {
		if ((n = readlink(path, target, sizeof target - 1)) < 0)
			return fail("%s: %s", path, strerror(errno));
		target[n] = 0;
		add(l, "--symlink");
		if (!(l->argv[l->n++] = (char *)keep(l, target)))
			return fail("%s: too long", path);
	} else {
		add(l, "--ro-bind");
		add(l, path);
	}
	add(l, path);
	return 0;
}

/* build/host/seed-leader, beside this program (host.mk). */
static int leader_path(char *buf, size_t len)
{
	ssize_t n = readlink("/proc/self/exe", buf, len - 1);
	char *slash;

	if (n < 0)
		return fail("/proc/self/exe: %s", strerror(errno));
	buf[n] = 0;
	if (!(slash = strrchr(buf, '/')) || (size_t)(slash - buf) + sizeof "/seed-leader" > len)
		return fail("%s: path too long", buf);
	strcpy(slash, "/seed-leader");
	if (access(buf, X_OK) < 0)
		return fail("%s: %s", buf, strerror(errno));
	return 0;
}

char **sandbox_argv(const struct sandbox *s, char *const *argv)
{
	size_t n = count((const char *const *)argv), ro = count(s->ro), dev = count(s->dev);
	size_t words = OPT_WORDS + 3 * (ro + 2) + 3 * dev + n + 2, chars = (ro + 4) * 4096;
	char buf[4096];
	const char *exe, *leader = NULL;
	char *abs;
	struct line l;
	size_t i;

	if (!(l.argv = malloc(words * sizeof *l.argv + chars))) {
		fail("out of memory");
		return NULL;
	}
	l.n = 0;
	l.text = (char *)(l.argv + words);
	l.end = l.text + chars;
	if (unsandboxed()) {
		fail("SEED_NO_SANDBOX=1: %s runs without a sandbox: what it runs can read and write "
		     "every file you can", argv[0]);
		memcpy(l.argv, argv, (n + 1) * sizeof *argv);
		return l.argv;
	}
	if (!(exe = find_in_path("bwrap", buf, sizeof buf))) {
		fail("bwrap: not found in PATH: seed runs %s in a bubblewrap sandbox; install "
		     "Debian's bubblewrap (tools/deps, or apt-get install bubblewrap), or set "
		     "SEED_NO_SANDBOX=1 to run without one", argv[0]);
		goto bad;
	}
	add(&l, keep(&l, exe));
	for (i = 0; fixed[i]; i++)
		add(&l, fixed[i]);
	if (!(exe = find_in_path(argv[0], buf, sizeof buf))) {
		fail("%s: not found in PATH", argv[0]);
		goto bad;
	}
	/* bwrap binds absolute paths only; PATH may hold relative ones. */
	if (exe[0] == '/') {
		exe = keep(&l, exe);
	} else if ((abs = realpath(exe, NULL))) {
		exe = keep(&l, abs);
		free(abs);
	} else {
		fail("%s: %s", exe, strerror(errno));
		goto bad;
	}
	/* A /tmp of the sandbox's own, which goes with it: mounted first, so
	 * that the binds below (the run's directory, the emulator) may lie
	 * under /tmp and still be seen. */
	if (s->tmp) {
		add(&l, "--tmpfs");
		add(&l, "/tmp");
	}
	if (add_ro(&l, exe) < 0)
		goto bad;
	if (s->leader) {
		if (leader_path(buf, sizeof buf) < 0 || add_ro(&l, keep(&l, buf)) < 0)
			goto bad;
		leader = l.argv[l.n - 1];
	}
	for (i = 0; i < ro; i++)
		if (add_ro(&l, s->ro[i]) < 0)
			goto bad;
	/* bwrap's /dev binds the host's nodes, whose mode a root run could
	 * change: only for those who need it. */
	if (s->dev) {
		add(&l, "--dev");
		add(&l, "/dev");
	}
	for (i = 0; i < dev; i++) {
		add(&l, "--dev-bind-try");
		add(&l, s->dev[i]);
		add(&l, s->dev[i]);
	}
	/* The one writable directory; then the root, and so what no bind
	 * covers, read-only. */
	add(&l, "--bind");
	add(&l, s->dir);
	add(&l, s->dir);
	add(&l, "--remount-ro");
	add(&l, "/");
	add(&l, "--chdir");
	add(&l, s->dir);
	add(&l, "--");
	if (leader)
		add(&l, leader);
	add(&l, exe);
	memcpy(l.argv + l.n, argv + 1, n * sizeof *argv);
	/* bwrap exits when its command does, before the sandbox's init has
	 * ended the rest: seed inherits and waits for it (sandbox_done). */
	prctl(PR_SET_CHILD_SUBREAPER, 1);
	return l.argv;
bad:
	free(l.argv);
	return NULL;
}

/* Waits for what is left of the sandbox: its init, and with it every
 * process the program left behind, which dies with the init. Then, since
 * bwrap says why it could not make the sandbox and exits 1, which a program
 * may do too, after a 1 the emulator's --version in the same sandbox, with
 * the run's environment, tells the two apart. */
int sandbox_done(const struct sandbox *s, char *const *argv, char *const *envp, int how,
		 int status)
{
	char *const probe[] = { argv[0], "--version", NULL };
	struct job p = { 0 };
	char **line;
	int ok;

	if (unsandboxed())
		return 0;
	while (waitpid(-1, NULL, 0) > 0 || errno == EINTR)
		;
	if (how != JOB_DONE || !WIFEXITED(status) || WEXITSTATUS(status) != 1)
		return 0;
	if (!(line = sandbox_argv(s, probe)))
		return -1;
	p.argv = line;
	p.envp = envp;
	p.dir = s->dir;
	p.in = -1;
	p.quiet = 1;
	p.timeout = 30;
	ok = job_run(&p, &status) == JOB_DONE && WIFEXITED(status) && WEXITSTATUS(status) == 0;
	free(line);
	while (waitpid(-1, NULL, 0) > 0 || errno == EINTR)
		;
	if (ok)
		return 0;
	return fail("%s did not start in the bubblewrap sandbox (bwrap's message above); the "
		    "sandbox needs user namespaces (sysctl user.max_user_namespaces; where they exist "
		    "kernel.unprivileged_userns_clone, kernel.apparmor_restrict_unprivileged_userns); "
		    "without them, set SEED_NO_SANDBOX=1 to run without one", argv[0]);
}

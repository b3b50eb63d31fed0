/* seed host tool: what the files in host/ share (like xv6's defs.h). */
#include <sys/types.h>

/* Exit statuses of seed itself; otherwise a run exits with its program's status. */
#define EXIT_USAGE 2      /* bad command line or inputs; nothing booted */
/* The most a run passes to its first program (docs/FORMATS.md): the
 * arguments encoded as the kernel's command line travel as one argument
 * of QEMU, which the host's execve takes up to 128 KiB with its NUL; the
 * kernel takes 16384 arguments. Checked for every driver, so a run that
 * is accepted behaves the same under each. */
#define MACHINE_CMDLINE_MAX (128 * 1024 - 1)
#define MACHINE_ARGS_COUNT 16384
#define EXIT_LOST 123     /* a file too large for the output archive stayed inside */
#define EXIT_TIMEOUT 124  /* the run exceeded --timeout */
#define EXIT_MACHINE 125  /* the run broke: kernel panic, no status, bad archive, host trouble */

#define NAME_MAX_LEN 4096          /* longest file name in an archive */
#define PAD4(n) ((4 - ((n) & 3)) & 3)  /* bytes that pad n to a multiple of 4 */

/* arch.c: what differs per guest architecture */
struct arch {
	const char *name;           /* as in --arch and uname -m */
	int elf_machine;            /* e_machine of its programs */
	const char *qemu_system;    /* full-system emulator */
	const char *qemu_user;      /* user-mode emulator (the reference) */
	const char *binfmt;         /* binfmt_misc entry routing its ELFs to qemu_user */
	const char *cpu_tcg;        /* -cpu when emulating */
	const char *const *machine; /* -M and anything else only this arch needs */
};
const struct arch *arch_find(const char *name);

/* fail.c */
int fail(const char *fmt, ...);

/* io.c */
#define COPY_SHORT (-2)
ssize_t read_full(int fd, void *buf, size_t n);
int write_full(int fd, const void *buf, size_t n);
int copy_data(int from, int to, off_t n);

/* name.c */
int name_clean(char *name);

/* inputs.c: the files a run starts with */
struct input {
	char *path;    /* on the host */
	char *name;    /* inside the machine, clean */
	unsigned perm; /* mode & 0777 */
	off_t size;
};
struct inputs {
	struct input *v;
	size_t n, cap;
};
int inputs_add(struct inputs *in, const char *arg);
int inputs_add_tree(struct inputs *in, const char *dir, const char *prefix, int follow_links);
int inputs_sort(struct inputs *in);
struct input *inputs_find(struct inputs *in, const char *name);

/* tree.c: host directories */
int tree_create(int dirfd, const char *name, unsigned perm);
int tree_copy(const struct input *f, const char *dir, int dirfd);
int tree_remove(const char *path);
int make_dirs(const char *path);

/* newc.c: the newc archive format */
#define CPIO_HEADER_LEN 110
struct newc_entry {
	unsigned long ino, mode, nlink, size, namesize;
};
void newc_format_header(char *h, const struct newc_entry *e);
const char *newc_parse_header(const char *h, struct newc_entry *e);
int newc_pack(const char *out, const struct inputs *in);

/* extract.c */
int newc_extract(const char *archive, const char *dir);

/* elf.c */
int elf_check(const char *path, const char *prog, const struct arch *a);

/* job.c: run a program under a time limit */
struct job {
	char *const *argv;  /* argv[0] is looked up in $PATH */
	char *const *envp;  /* the program's environment */
	const char *dir;    /* its working directory */
	int in;             /* its stdin; -1 for /dev/null */
	int quiet;          /* send its stdout and stderr to /dev/null */
	int umask0;         /* run it under umask 0 */
	int timeout;        /* seconds */
};
#define JOB_DONE 0
#define JOB_TIMEOUT 1
#define JOB_INTERRUPTED 2
int job_run(const struct job *p, int *status);
const char *find_in_path(const char *name, char *buf, size_t len);
int job_exit_status(int wstatus);

/* sandbox.c: the emulator in a bubblewrap sandbox that sees only dir */
struct sandbox {
	const char *dir;         /* the run's directory: the one writable place, the cwd */
	const char *const *ro;   /* more host paths seen read-only; NULL-terminated, or NULL */
	const char *const *dev;  /* NULL: no /dev; else a minimal one and these if the host has them */
	int leader;              /* the command leads its own process group (seed-leader) */
	int tmp;                 /* a private, empty /tmp (glibc's tmpfile needs one) */
};
char **sandbox_argv(const struct sandbox *s, char *const *argv);
int sandbox_done(const struct sandbox *s, char *const *argv, char *const *envp, int how,
		 int status);

/* workdir.c */
int workdir_make(char *path, size_t len);
void workdir_done(const char *path);

/* binfmt.c */
int binfmt_ensure(const struct arch *a);

/* run.c, driver_seed.c, driver_linux.c, driver_linuxvm.c: one run */
struct run {
	const struct arch *arch;
	struct inputs inputs;
	char **argv;      /* PROG ARGS..., NULL-terminated */
	const char *out;  /* output directory */
	const char *mem;  /* QEMU -m */
	int timeout;      /* seconds */
};
int run_check(struct run *r);
int run_stopped(const struct run *r, int how, int sig);
int driver_seed(const struct run *r);
int driver_linux(const struct run *r);
int driver_linuxvm(const struct run *r);

/* machine.c: one boot, and what the machine leaves (driver_seed, driver_linuxvm) */
int build_file(const char *name, char *buf, size_t len);
int machine_boot(const struct run *r, const char *dir, const char *kernel, char **argv, int grace);

/* cmdline.c, qemu.c: booting the seed kernel */
char *cmdline_encode(int timeout, char *const *argv);
char **qemu_argv(const struct run *r, const char *kernel, char *line, char *extra);

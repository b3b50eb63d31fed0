/* The sys-* primitives: each returns (#t . value) or (#f . errno). They
 * call the kernel through our libc's one entry, __syscall, by the numbers
 * of its arch/<arch>/syscall_nr.h (the contract's). */
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include "scheme1.h"
#include "syscall_nr.h"

int main_argc;
char **main_argv;

/* sys: system call n; the kernel returns -errno on failure */
static obj sys(long n, long a, long b, long c, long d)
{
	long r = __syscall(n, a, b, c, d, 0, 0);
	if (r < 0)
		return cons(FALSE, make_int(-r));
	return cons(TRUE, make_int(r));
}

/* scratch: n zeroed bytes that the next collection frees (none runs
 * inside a primitive) */
static void *scratch(size_t n)
{
	return BYTES_DATA(make_bytes(n, 0));
}

/* c_string: a NUL-terminated copy of a string */
static char *c_string(obj s, const char *who)
{
	char *p;
	arg_bytes(s, who);
	if (memchr(BYTES_DATA(s), 0, BYTES_LEN(s)))
		fail_who(who, "string contains a NUL byte", s);
	p = scratch(BYTES_LEN(s) + 1);
	memcpy(p, BYTES_DATA(s), BYTES_LEN(s));
	return p;
}

/* (sys-read fd buf offset count), (sys-write ...): [offset, offset+count)
 * must lie in buf */
static obj read_write(obj *v, long n, const char *who)
{
	obj buf = arg_bytes(v[1], who);
	int64_t off = arg_int(v[2], who), count = arg_int(v[3], who);
	if (off < 0 || count < 0 || (uint64_t)off > BYTES_LEN(buf) ||
	    (uint64_t)count > BYTES_LEN(buf) - (uint64_t)off)
		fail_who(who, "range outside the buffer", v[3]);
	return sys(n, (int)arg_int(v[0], who), (long)(BYTES_DATA(buf) + off), (long)count, 0);
}

static obj p_read(int c, obj *v) { return read_write(v, SYS_read, "sys-read"); }
static obj p_write(int c, obj *v) { return read_write(v, SYS_write, "sys-write"); }

/* (sys-getdents64 fd buf offset count): a directory's entries, as read */
static obj p_getdents64(int c, obj *v)
{
	return read_write(v, SYS_getdents64, "sys-getdents64");
}

/* (sys-mkdirat dirfd path mode) */
static obj p_mkdirat(int c, obj *v)
{
	char *path = c_string(v[1], "sys-mkdirat");
	return sys(SYS_mkdirat, (int)arg_int(v[0], "sys-mkdirat"), (long)path,
		   (int)arg_int(v[2], "sys-mkdirat"), 0);
}

static obj p_openat(int c, obj *v)
{
	char *path = c_string(v[1], "sys-openat");
	return sys(SYS_openat, (int)arg_int(v[0], "sys-openat"), (long)path,
		   (int)arg_int(v[2], "sys-openat"), (int)arg_int(v[3], "sys-openat"));
}

static obj p_close(int c, obj *v)
{
	return sys(SYS_close, (int)arg_int(v[0], "sys-close"), 0, 0, 0);
}

/* fork semantics: flags SIGCHLD only, no new stack */
static obj p_clone(int c, obj *v)
{
	return sys(SYS_clone, SIGCHLD, 0, 0, 0);
}

/* (sys-execve path argv-list), with an empty environment */
static obj p_execve(int c, obj *v)
{
	char *path = c_string(v[0], "sys-execve");
	int n = list_length(arg_list(v[1], "sys-execve")), i = 0;
	char **argv = scratch(((size_t)n + 1) * sizeof *argv);
	char *envp[1] = {0};
	obj l;
	for (l = v[1]; l != NIL; l = CDR(l))
		argv[i++] = c_string(CAR(l), "sys-execve");
	return sys(SYS_execve, (long)path, (long)argv, (long)envp, 0);
}

/* (sys-waitid idtype id info options): info is a bytevector of at least
 * 128 bytes that receives the siginfo */
static obj p_waitid(int c, obj *v)
{
	obj info = arg_bytes(v[2], "sys-waitid");
	if (BYTES_LEN(info) < 128)
		fail("sys-waitid: info buffer shorter than 128 bytes", info);
	return sys(SYS_waitid, (int)arg_int(v[0], "sys-waitid"), (int)arg_int(v[1], "sys-waitid"),
		   (long)BYTES_DATA(info), (int)arg_int(v[3], "sys-waitid"));
}

static obj p_dup3(int c, obj *v)
{
	return sys(SYS_dup3, (int)arg_int(v[0], "sys-dup3"), (int)arg_int(v[1], "sys-dup3"),
		   (int)arg_int(v[2], "sys-dup3"), 0);
}

static obj p_unlink(int c, obj *v)
{
	return sys(SYS_unlinkat, AT_FDCWD, (long)c_string(v[0], "sys-unlink"), 0, 0);
}

static obj p_argv(int c, obj *v)
{
	obj l = NIL;
	int i;
	for (i = main_argc - 1; i >= 0; i--)
		l = cons(make_string(main_argv[i]), l);
	return cons(TRUE, l);
}

static obj p_exit(int c, obj *v)
{
	exit((int)arg_int(v[0], "sys-exit"));
	return UNSPEC;
}

const struct prim sys_prims[] = {
	{"sys-read", p_read, 4, 4}, {"sys-write", p_write, 4, 4},
	{"sys-openat", p_openat, 4, 4}, {"sys-close", p_close, 1, 1},
	{"sys-dup3", p_dup3, 3, 3}, {"sys-getdents64", p_getdents64, 4, 4},
	{"sys-mkdirat", p_mkdirat, 3, 3},
	{"sys-clone", p_clone, 0, 0}, {"sys-execve", p_execve, 2, 2},
	{"sys-waitid", p_waitid, 4, 4}, {"sys-unlink", p_unlink, 1, 1},
	{"sys-argv", p_argv, 0, 0}, {"sys-exit", p_exit, 1, 1},
	{0, 0, 0, 0}
};

/* The constants the prelude opens files with, from our libc's headers. */
static const struct {
	const char *name;
	long value;
} sys_constants[] = {
	{"AT_FDCWD", AT_FDCWD}, {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY},
	{"O_RDWR", O_RDWR}, {"O_CREAT", O_CREAT}, {"O_TRUNC", O_TRUNC},
	{"O_APPEND", O_APPEND},
};

void prim_sys_init(void)
{
	size_t i;
	for (i = 0; i < sizeof sys_constants / sizeof sys_constants[0]; i++)
		SYM_VALUE(intern_c(sys_constants[i].name)) = FIX(sys_constants[i].value);
}

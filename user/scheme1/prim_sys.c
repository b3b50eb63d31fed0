/* The sys-* primitives: each returns (#t . value) or (#f . errno). */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include "scheme1.h"

int main_argc;
char **main_argv;

static obj result(long r)
{
	if (r < 0)
		return cons(FALSE, make_int(-r));
	return cons(TRUE, make_int(r));
}

/* c_string: a NUL-terminated copy of a string, freed by the caller */
static char *c_string(obj s, const char *who)
{
	char *p;
	arg_bytes(s, who);
	if (memchr(BYTES_DATA(s), 0, BYTES_LEN(s)))
		fail_who(who, "string contains a NUL byte", s);
	p = xmalloc(BYTES_LEN(s) + 1);
	memcpy(p, BYTES_DATA(s), BYTES_LEN(s));
	p[BYTES_LEN(s)] = 0;
	return p;
}

/* buffer_range: check that [offset, offset+count) lies in buf */
static unsigned char *buffer_range(obj *v, const char *who, long *count)
{
	obj buf = arg_bytes(v[1], who);
	int64_t off = arg_int(v[2], who), n = arg_int(v[3], who);
	if (off < 0 || n < 0 || (uint64_t)off > BYTES_LEN(buf) || (uint64_t)n > BYTES_LEN(buf) - (uint64_t)off)
		fail_who(who, "range outside the buffer", v[3]);
	*count = (long)n;
	return BYTES_DATA(buf) + off;
}

static obj p_read(int c, obj *v)
{
	long n;
	unsigned char *p = buffer_range(v, "sys-read", &n);
	(void)c;
	return result(sys_read((int)arg_int(v[0], "sys-read"), p, n));
}

static obj p_write(int c, obj *v)
{
	long n;
	unsigned char *p = buffer_range(v, "sys-write", &n);
	(void)c;
	return result(sys_write((int)arg_int(v[0], "sys-write"), p, n));
}

static obj p_openat(int c, obj *v)
{
	char *path = c_string(v[1], "sys-openat");
	long r = sys_openat((int)arg_int(v[0], "sys-openat"), path,
			    (int)arg_int(v[2], "sys-openat"), (int)arg_int(v[3], "sys-openat"));
	(void)c;
	free(path);
	return result(r);
}

static obj p_close(int c, obj *v)
{
	(void)c;
	return result(sys_close((int)arg_int(v[0], "sys-close")));
}

static obj p_clone(int c, obj *v)
{
	(void)c;
	(void)v;
	return result(sys_clone_fork());
}

static obj p_execve(int c, obj *v)
{
	char *path = c_string(v[0], "sys-execve");
	int n = list_length(arg_list(v[1], "sys-execve")), i = 0;
	char **argv = xmalloc(((size_t)n + 1) * sizeof *argv);
	char *envp[1] = {0};
	obj l;
	long r;
	(void)c;
	for (l = v[1]; l != NIL; l = CDR(l))
		argv[i++] = c_string(CAR(l), "sys-execve");
	argv[n] = 0;
	r = sys_execve(path, argv, envp);
	for (i = 0; i < n; i++)
		free(argv[i]);
	free(argv);
	free(path);
	return result(r);
}

/* (sys-waitid idtype id info options): info is a bytevector of at least
 * 128 bytes that receives the siginfo */
static obj p_waitid(int c, obj *v)
{
	obj info = arg_bytes(v[2], "sys-waitid");
	(void)c;
	if (BYTES_LEN(info) < 128)
		fail("sys-waitid: info buffer shorter than 128 bytes", info);
	return result(sys_waitid((int)arg_int(v[0], "sys-waitid"), (int)arg_int(v[1], "sys-waitid"),
				 BYTES_DATA(info), (int)arg_int(v[3], "sys-waitid")));
}

static obj p_dup3(int c, obj *v)
{
	(void)c;
	return result(sys_dup3((int)arg_int(v[0], "sys-dup3"), (int)arg_int(v[1], "sys-dup3"),
			       (int)arg_int(v[2], "sys-dup3")));
}

static obj p_unlink(int c, obj *v)
{
	char *path = c_string(v[0], "sys-unlink");
	long r = sys_unlinkat(AT_FDCWD, path, 0);
	(void)c;
	free(path);
	return result(r);
}

static obj p_argv(int c, obj *v)
{
	obj l = NIL;
	int i;
	(void)c;
	(void)v;
	for (i = main_argc - 1; i >= 0; i--)
		l = cons(make_string(main_argv[i]), l);
	return cons(TRUE, l);
}

static obj p_exit(int c, obj *v)
{
	(void)c;
	sys_exit((int)arg_int(v[0], "sys-exit"));
	return UNSPEC;
}

static const struct prim sys_prims[] = {
	{"sys-read", p_read, 4, 4}, {"sys-write", p_write, 4, 4},
	{"sys-openat", p_openat, 4, 4}, {"sys-close", p_close, 1, 1},
	{"sys-dup3", p_dup3, 3, 3},
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

	prims_register(sys_prims);
	for (i = 0; i < sizeof sys_constants / sizeof sys_constants[0]; i++)
		SYM_VALUE(intern_c(sys_constants[i].name)) = FIX(sys_constants[i].value);
}

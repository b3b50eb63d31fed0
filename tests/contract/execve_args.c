// argv and envp given to execve arrive intact in the new program: argv's
// count, order and bytes, including arguments with spaces and an empty
// one; envp's strings and count. envp may be NULL or empty: the new
// program sees no environment.
//
// The environment is printed sorted: qemu-user (the linux driver) rebuilds
// the guest's environment from its own, reversing the order (and would
// drop entries without '=' and repeated names, so there are none here).
#include "sys.h"
#include "out.h"

static void sort(char **v)
{
	char *t;
	long i, j;

	for (i = 0; v[i]; i++)
		for (j = i + 1; v[j]; j++)
			if (strcmp(v[j], v[i]) < 0)
				t = v[i], v[i] = v[j], v[j] = t;
}

static void list(const char *what, char **v)
{
	long n;
	for (n = 0; v[n]; n++) {
		put(what);
		put("[");
		put_num(n);
		put("] = '");
		put(v[n]);
		put("'\n");
	}
	show(what, n);
}

static void spawn(const char *self, char **args, char **env, int want)
{
	int status;
	long pid = sys_fork();

	if (pid == 0) {
		sys_execve(self, args, env);
		sys_exit(127);
	}
	sys_wait4((int)pid, &status, 0, 0);
	expect(status >> 8, want, "exec'd program's exit status");
}

static char *args[] = { "argv zero is not the path", "child", "two words", "",
			"  lead and trail  ", "tab\there", 0 };
static char *env[] = { "B=with space", "EMPTY=", "A=1", "C= =x= ", 0 };

/* in the exec'd program: is v the same set of strings as want? */
static int same_set(char **v, char **want)
{
	long i, j, n = 0;

	for (i = 0; want[i]; i++)
		for (j = 0; v[j]; j++)
			if (strcmp(v[j], want[i]) == 0)
				n++;
	for (j = 0; v[j]; j++)
		;
	return n == i && j == i;
}

int main(int argc, char **argv, char **envp)
{
	char *noenv[] = { 0 };
	char *env_args[] = { "exec", "show-env", 0 };
	int i;

	if (argc > 1 && strcmp(argv[1], "child") == 0) {
		expect(argc, 6, "argc");
		list("argv", argv);
		for (i = 0; i < argc && args[i]; i++)
			check(strcmp(argv[i], args[i]) == 0, "argv[i] intact");
		sort(envp);
		list("envp", envp);
		check(same_set(envp, env), "envp intact");
		return done(3);
	}
	if (argc > 1 && strcmp(argv[1], "show-env") == 0) {
		list("envp", envp);
		return envp[0] == 0 ? 4 : 5;
	}
	spawn(argv[0], args, env, 3);
	put("with envp NULL\n");
	spawn(argv[0], env_args, 0, 4);
	put("with envp empty\n");
	spawn(argv[0], env_args, noenv, 4);
	return done(0);
}

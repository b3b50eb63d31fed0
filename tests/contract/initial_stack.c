// The initial stack: sp is 16-byte aligned whatever the number and size of
// the arguments and environment; argc, argv (NULL-terminated), envp
// (NULL-terminated) and auxv follow each other; auxv has AT_PAGESZ = 4096
// and an AT_RANDOM pointer to 16 readable bytes. Exec'd copies (argv[0]
// starting with @) check the same with 1-4 arguments and 0-3 variables.
#include "sys.h"
#include "out.h"

static unsigned long aux(unsigned long type)
{
	unsigned long *a;
	for (a = auxv; a[0] != AT_NULL; a += 2)
		if (a[0] == type)
			return a[1];
	return 0;
}

static int inspect(int argc, char **argv, char **envp)
{
	unsigned char *r;
	long n, sum = 0;

	expect((long)start_sp % 16, 0, "sp % 16");
	expect(start_sp[0], argc, "argc at sp");
	check((char **)(start_sp + 1) == argv, "argv at sp + 8");
	check(argv[argc] == 0, "argv[argc] is NULL");
	check(envp == argv + argc + 1, "envp follows argv's NULL");
	for (n = 0; envp[n]; n++)
		;
	check((unsigned long *)(envp + n + 1) == auxv, "auxv follows envp's NULL");
	expect(aux(AT_PAGESZ), 4096, "AT_PAGESZ");
	r = (unsigned char *)aux(AT_RANDOM);
	check(r != 0, "AT_RANDOM present");
	for (n = 0; r && n < 16; n++)
		sum += r[n];
	check(sum >= 0, "AT_RANDOM's 16 bytes readable");
	return done(0);
}

int main(int argc, char **argv, char **envp)
{
	static char *const argsets[][5] = {
		{ "@", 0 },
		{ "@a", "bb", 0 },
		{ "@ab", "bb", "ccc", 0 },
		{ "@abcdefg", "bb", "ccc", "d", 0 },
	};
	static char *const envsets[][4] = {
		{ 0 },
		{ "X=1", 0 },
		{ "X=1", "YY=22", 0 },
		{ "X=1", "YY=22", "ZZZ=333", 0 },
	};
	int i, j, status;
	long pid;

	if (argv[0][0] == '@')
		return inspect(argc, argv, envp);
	show("argc", argc);
	put("argv[0] = ");
	put(argv[0]);
	put("\n");
	inspect(argc, argv, envp);
	for (i = 0; i < 4; i++) {
		for (j = 0; j < 4; j++) {
			pid = sys_fork();
			if (pid == 0) {
				sys_execve(argv[0], argsets[i], envsets[j]);
				sys_exit(127);
			}
			sys_wait4((int)pid, &status, 0, 0);
			expect(status, 0, "exec'd program's status");
		}
	}
	return done(0);
}

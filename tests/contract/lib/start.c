/* C side of process entry: find argc, argv, envp and auxv on the initial
 * stack (argc, argv[], NULL, envp[], NULL, auxv pairs, AT_NULL), run main,
 * and exit with its result. */
#include "sys.h"

long *start_sp;
char **environ;
unsigned long *auxv;

int main(int argc, char **argv, char **envp);

void start_c(long *sp) __attribute__((noreturn));

void start_c(long *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	char **envp = argv + argc + 1;
	char **p = envp;

	while (*p)
		p++;
	start_sp = sp;
	environ = envp;
	auxv = (unsigned long *)(p + 1);
	sys_exit_group(main(argc, argv, envp));
}

/* An ordinary C program built against Debian's static glibc, which the
 * kernel was not written for: stdio, malloc, a file, fork, a child that
 * faults, waitpid, and the exit status.
 * expect-status is the status main returns. */
// expect-status: 3
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	printf("argc %d argv[0] %s\n", argc, argv[0]);
	char *big = malloc(1 << 20);
	memset(big, 7, 1 << 20);
	long sum = 0;
	for (int i = 0; i < (1 << 20); i += 4096)
		sum += big[i];
	printf("sum %ld\n", sum);
	FILE *f = fopen("glibc.txt", "w");
	if (!f)
		return 1;
	fprintf(f, "%.6f %e %g\n", 3.14159265, 1e-300, 0.1);
	fclose(f);
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0)
		*(volatile int *volatile)0 = 0;
	int status;
	if (waitpid(pid, &status, 0) != pid)
		return 1;
	printf("child killed by signal %d\n", WIFSIGNALED(status) ? WTERMSIG(status) : 0);
	return 3;
}

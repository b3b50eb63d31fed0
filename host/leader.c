/* leader: run a command as the leader of its own process group, as a shell
 * starts a program. The sandbox (sandbox.c) starts the linux driver's
 * emulator through it, since bwrap leaves its command in the group of the
 * sandbox's init, and a program's wait4(-pgid) and kill(-pgid) see the
 * difference. A separate program, linked static, so the sandbox holds no
 * libraries: build/host/seed-leader.
 *   usage: seed-leader PATH [ARGS...]   (PATH is run as it is, not looked up) */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs("usage: seed-leader PATH [ARGS...]\n", stderr);
		return 127;
	}
	if (setpgid(0, 0) < 0) {
		fprintf(stderr, "seed-leader: setpgid: %s\n", strerror(errno));
		return 127;
	}
	execv(argv[1], argv + 1);
	fprintf(stderr, "seed-leader: %s: %s\n", argv[1], strerror(errno));
	return 127;
}

// fork: fork, the child's exit status through wait4, execve of a
// missing program
// expect status 0
long main()
{
	long pid, st, r;
	char *argv[2];
	pid = fork();
	if (pid == 0) {
		puts("child\n");
		exit(5);
	}
	r = wait4(pid, &st, 0, 0);
	say("waited", r == pid);
	say("status", (st >> 8) & 255);
	argv[0] = "no-such-program"; argv[1] = 0;
	say("execve", execve("no-such-program", argv, 0));
	return 0;
}

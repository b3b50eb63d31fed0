// syscall: the built-in, with its number and up to six arguments;
// exit through it ends the program with that status
// expect status 7
long main()
{
	long n = syscall(64, 1, "direct\n", 7);
	say("wrote", n);
	say("bad-fd", syscall(64, 99, "x", 1));
	syscall(93, 7);
	puts("not reached\n");
	return 0;
}

// syscall with no number
long main()
{
	return syscall();
}

/* segv: stores through a null pointer, so it dies of SIGSEGV. */
void _start(void)
{
	*(volatile int *)0 = 1;
	for (;;)
		;
}

/* spin: never ends, for timeout tests. */
void _start(void)
{
	for (;;)
		;
}

/* A function called, declared, never defined: the link fails. */
int missing(int);
void _start(void)
{
	missing(1);
}

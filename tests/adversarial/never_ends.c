// A program that never ends: the runner's timeout stops it and says so.
// timeout: 3
// expect-status: 124
int main(void)
{
	for (;;)
		;
}

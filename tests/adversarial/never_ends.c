// A program that never ends: the kernel's deadline stops it at the
// runner's timeout and says so (status 124). Seed only: under the linux
// driver the runner kills qemu-user instead, with another message
// (tests/host/run checks that one).
// drivers: seed
// timeout: 3
// expect-status: 124
int main(void)
{
	for (;;)
		;
}

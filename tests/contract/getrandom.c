// getrandom fills the buffer and returns its length (the seed kernel's
// bytes are a fixed sequence, docs/CONTRACT.md, so none is printed);
// unknown flags, and GRND_RANDOM with GRND_INSECURE, are EINVAL.
#include "sys.h"
#include "out.h"

int main(void)
{
	static unsigned char buf[100000];
	int zeros = 0;
	expect(syscall(SYS_getrandom, buf, 64L, 0L), 64, "64 bytes");
	for (int i = 0; i < 64; i++)
		zeros += !buf[i];
	check(zeros < 16, "not all zeros");
	expect(syscall(SYS_getrandom, buf, 13L, 1L /* GRND_NONBLOCK */), 13, "13, GRND_NONBLOCK");
	expect(syscall(SYS_getrandom, buf, 100000L, 2L /* GRND_RANDOM */), 100000, "100000, GRND_RANDOM");
	expect(syscall(SYS_getrandom, buf, 0L, 0L), 0, "none");
	expect(syscall(SYS_getrandom, buf, 8L, 6L), -EINVAL, "GRND_RANDOM | GRND_INSECURE");
	expect(syscall(SYS_getrandom, buf, 8L, 8L), -EINVAL, "an unknown flag");
	expect(syscall(SYS_getrandom, (void *)16, 8L, 0L), -EFAULT, "a bad pointer");
	return done(0);
}

// fds 0, 1 and 2 are taken at start, so the first open gives 3; open
// always takes the lowest free fd, so a closed fd is reused.
#include "sys.h"
#include "out.h"

int main(void)
{
	long a, b, c, d, e, f;

	a = sys_open("r1", O_CREAT | O_WRONLY, 0644);
	b = sys_open("r2", O_CREAT | O_WRONLY, 0644);
	c = sys_open("r3", O_CREAT | O_WRONLY, 0644);
	expect(a, 3, "first open");
	expect(b, 4, "second open");
	expect(c, 5, "third open");
	expect(sys_close(b), 0, "close the middle one");
	d = sys_open("r4", O_CREAT | O_WRONLY, 0644);
	expect(d, b, "next open reuses it");
	expect(sys_close(c), 0, "close the highest");
	expect(sys_close(a), 0, "close the lowest");
	e = sys_open("r1", O_RDONLY, 0);
	f = sys_open("r2", O_RDONLY, 0);
	expect(e, a, "lowest free first");
	expect(f, c, "then the next free");
	expect(sys_write(d, "r4\n", 3), 3, "the reused fd writes r4");
	return done(0);
}

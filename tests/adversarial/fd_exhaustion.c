// Opening files until the fd table is full gives EMFILE at the same
// count as Linux with 1024 fds; closing one makes room again.
#include "out.h"
#include "sys.h"

int main(void)
{
	long n = 0, r;
	while ((r = sys_open("f", O_RDONLY | O_CREAT, 0644)) >= 0)
		n++;
	show("opened", n);
	expect(r, -24, "then EMFILE");
	expect(sys_close(500), 0, "close 500");
	expect(sys_open("f", O_RDONLY, 0), 500, "reopen gets 500");
	return done(0);
}

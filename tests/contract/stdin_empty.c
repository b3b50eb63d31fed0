// fd 0 is open for reading and empty: reads return 0 (end of file).
#include "sys.h"
#include "out.h"

int main(void)
{
	char buf[16];

	expect(sys_read(0, buf, sizeof buf), 0, "read fd 0");
	expect(sys_read(0, buf, sizeof buf), 0, "read fd 0 again");
	return done(0);
}

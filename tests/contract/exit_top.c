// The first program's exit status is the run's: exit(298) gives 42.
// expect-status: 42
#include "sys.h"
#include "out.h"

int main(void)
{
	put("exiting with 298\n");
	sys_exit(298);
}

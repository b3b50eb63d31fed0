// exit_group ends the run with the low byte of its argument.
// expect-status: 255
#include "sys.h"
#include "out.h"

int main(void)
{
	put("exit_group(-1)\n");
	sys_exit_group(-1);
}

/* exit_status: exit from a nested call ends the program with its status
 * (its low 8 bits); what was written before it is kept */
#include "t.h"

static void leave(int depth)
{
	if (depth == 0) {
		put_str("leaving\n");
		exit(300);
	}
	leave(depth - 1);
	put_str("not reached\n");
}

int main(void)
{
	leave(5);
	return 1;
}

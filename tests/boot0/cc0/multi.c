/* multi: one program from two files (multi.c and multi.2.c): externs,
 * functions defined in the other file, statics of the same name in each */
#include "t.h"

extern int shared;
extern int table[];
int from_other(int);
static int helper(void) { return 1; }
int counter = 5;

int main(void)
{
	say("shared", shared);
	say("table", table[2]);
	say("other", from_other(10));
	say("helper", helper());
	say("counter", counter);
	return 0;
}

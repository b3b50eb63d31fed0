/* include: #include "file" relative to the including file (and from a
 * subdirectory), then in the -I directories; include guards; a header
 * included twice */
#include "t.h"
#include "sub/local.h"
#include "tinc.h"
#include "tinc.h"
#include <tinc2.h>

int main(void)
{
	struct local l = {1, 2};
	say("local", LOCAL + l.b);
	say("tinc", tinc());
	say("tinc2", TINC2);
	return 0;
}

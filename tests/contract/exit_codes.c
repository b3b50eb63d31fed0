// Exit statuses seen by the parent through fork + waitid: the low byte of
// the value given to exit or exit_group (256 -> 0, 257 -> 1, -1 -> 255).
#include "sys.h"
#include "out.h"
#include "child.h"

static int code, use_group;

static int leave(void)
{
	if (use_group)
		sys_exit_group(code);
	sys_exit(code);
}

int main(void)
{
	static const int codes[] = { 0, 1, 42, 255, 256, 257, -1 };
	static const int wants[] = { 0, 1, 42, 255, 0, 1, 255 };
	struct siginfo si;
	unsigned i;

	for (use_group = 0; use_group < 2; use_group++) {
		for (i = 0; i < sizeof codes / sizeof codes[0]; i++) {
			code = codes[i];
			put(use_group ? "exit_group(" : "exit(");
			put_num(code);
			put(")\n");
			check(child_run(leave, &si) > 0, "child ran");
			expect(si.code, CLD_EXITED, "si_code");
			expect(si.status, wants[i], "si_status");
		}
	}
	return done(0);
}

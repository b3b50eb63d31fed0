// uname succeeds and fills NUL-terminated fields with a non-empty system
// name; the contents differ between drivers and are not printed. A bad
// pointer gives EFAULT.
#include "sys.h"
#include "out.h"

static int terminated(const char *f)
{
	int i;
	for (i = 0; i < 65; i++)
		if (f[i] == 0)
			return 1;
	return 0;
}

int main(void)
{
	struct utsname u;

	memset(&u, 0x55, sizeof u);
	expect(sys_uname(&u), 0, "uname");
	check(terminated(u.sysname) && terminated(u.nodename) && terminated(u.release) &&
	      terminated(u.version) && terminated(u.machine) && terminated(u.domainname),
	      "every field NUL-terminated");
	check(u.sysname[0] != 0, "sysname not empty");
	expect(sys_uname((struct utsname *)0x10), -EFAULT, "uname(0x10)");
	return done(0);
}

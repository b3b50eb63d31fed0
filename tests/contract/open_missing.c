// Opening a name that does not exist, without O_CREAT, gives ENOENT and
// creates nothing; so does the empty name, even with O_CREAT.
#include "sys.h"
#include "out.h"

int main(void)
{
	expect(sys_open("missing", O_RDONLY, 0), -ENOENT, "open missing O_RDONLY");
	expect(sys_open("missing", O_WRONLY, 0), -ENOENT, "open missing O_WRONLY");
	expect(sys_open("missing", O_RDWR | O_TRUNC, 0), -ENOENT, "open missing O_RDWR|O_TRUNC");
	expect(sys_open("missing", O_RDWR | O_APPEND, 0), -ENOENT, "open missing O_RDWR|O_APPEND");
	expect(sys_faccessat(AT_FDCWD, "missing", F_OK), -ENOENT, "still missing");
	expect(sys_open("", O_RDONLY, 0), -ENOENT, "open empty name");
	expect(sys_open("", O_CREAT | O_WRONLY, 0644), -ENOENT, "open empty name O_CREAT");
	return done(0);
}

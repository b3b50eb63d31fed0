// A file given to the run (--in) is there to read, with its bytes; it
// exists for O_EXCL; what the program writes to it is kept.
// inputs: hello.txt
#include "sys.h"
#include "out.h"

int main(void)
{
	char buf[64];
	long fd;

	fd = sys_open("hello.txt", O_RDONLY, 0);
	check(fd >= 0, "open the input");
	expect(sys_read(fd, buf, sizeof buf), 37, "read it");
	check(memcmp(buf, "hello from an input file\nsecond line\n", 37) == 0, "its bytes");
	sys_close(fd);
	expect(sys_open("hello.txt", O_CREAT | O_EXCL | O_WRONLY, 0644), -EEXIST,
	       "O_CREAT|O_EXCL on it");
	fd = sys_open("hello.txt", O_WRONLY | O_APPEND, 0);
	expect(sys_write(fd, "appended\n", 9), 9, "append to it");
	return done(0);
}

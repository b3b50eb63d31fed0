// 1000 files created (each closed again), 500 of them unlinked: the rest
// keep their own bytes, the unlinked names are gone.
#include "sys.h"
#include "out.h"

#define N 1000

/* "many_NNNN" */
static char *name(char *buf, long i)
{
	memcpy(buf, "many_0000", 10);
	buf[5] += i / 1000;
	buf[6] += i / 100 % 10;
	buf[7] += i / 10 % 10;
	buf[8] += i % 10;
	return buf;
}

int main(void)
{
	char nm[16], buf[32], want[32];
	long i, fd, bad_create = 0, bad_unlink = 0, bad_kept = 0, bad_gone = 0;

	for (i = 0; i < N; i++) {
		fd = sys_open(name(nm, i), O_CREAT | O_EXCL | O_WRONLY, 0644);
		if (fd < 0 || sys_write(fd, nm, 9) != 9 || sys_write(fd, "\n", 1) != 1 ||
		    sys_close(fd) != 0)
			bad_create++;
	}
	expect(bad_create, 0, "files not created");
	for (i = 0; i < N; i += 2)
		bad_unlink += sys_unlink(name(nm, i)) != 0;
	expect(bad_unlink, 0, "even files not unlinked");
	for (i = 0; i < N; i++) {
		fd = sys_open(name(nm, i), O_RDONLY, 0);
		if (i % 2 == 0) {
			bad_gone += fd != -ENOENT;
			continue;
		}
		memcpy(want, nm, 9);
		want[9] = '\n';
		bad_kept += fd < 0 || sys_read(fd, buf, sizeof buf) != 10 ||
			    memcmp(buf, want, 10) != 0;
		sys_close(fd);
	}
	expect(bad_gone, 0, "unlinked names still found");
	expect(bad_kept, 0, "odd files wrong");
	fd = sys_open("many_after", O_CREAT | O_WRONLY, 0644);
	expect(sys_write(fd, "after\n", 6), 6, "one more file after all that");
	return done(0);
}

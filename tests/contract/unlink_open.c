// Unlinking a file removes the name at once, but an open fd keeps reading
// and writing the old file; a new file of that name is a separate file.
// Unlinking a missing name gives ENOENT.
#include "sys.h"
#include "out.h"

int main(void)
{
	char buf[32];
	long fd, fd2;

	fd = sys_open("victim.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
	expect(sys_write(fd, "old data\n", 9), 9, "write old data");
	expect(sys_unlink("victim.txt"), 0, "unlink while open");
	expect(sys_open("victim.txt", O_RDONLY, 0), -ENOENT, "open by name after unlink");
	expect(sys_faccessat(AT_FDCWD, "victim.txt", F_OK), -ENOENT, "faccessat after unlink");
	expect(sys_unlink("victim.txt"), -ENOENT, "unlink again");
	expect(sys_lseek(fd, 0, SEEK_SET), 0, "rewind the open fd");
	expect(sys_read(fd, buf, sizeof buf), 9, "read through the open fd");
	check(memcmp(buf, "old data\n", 9) == 0, "old bytes");
	expect(sys_write(fd, "more\n", 5), 5, "write through the open fd");

	fd2 = sys_open("victim.txt", O_CREAT | O_EXCL | O_RDWR, 0644);
	check(fd2 >= 0, "create a new file with the same name");
	expect(sys_write(fd2, "new\n", 4), 4, "write new data");
	expect(sys_lseek(fd, 0, SEEK_END), 14, "old file size");
	expect(sys_lseek(fd2, 0, SEEK_END), 4, "new file size");
	expect(sys_lseek(fd, 0, SEEK_SET), 0, "rewind old");
	expect(sys_read(fd, buf, sizeof buf), 14, "old file read");
	check(memcmp(buf, "old data\nmore\n", 14) == 0, "old file untouched by the new one");
	expect(sys_close(fd), 0, "close the unlinked file");
	expect(sys_close(fd2), 0, "close the new file");

	expect(sys_unlink("never-existed"), -ENOENT, "unlink a missing name");
	expect(sys_unlink(""), -ENOENT, "unlink the empty name");
	fd = sys_open("victim.txt", O_RDONLY, 0);
	expect(sys_read(fd, buf, sizeof buf), 4, "the name now holds the new file");
	return done(0);
}

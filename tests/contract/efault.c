// Bad user pointers give EFAULT, never a crash: NULL, an unmapped low
// address (0x10), a kernel address (but a NULL argv or envp for execve
// means an empty list, as in Linux), a read into read-only program text,
// a path that runs off the end of memory, and buffers that run off the end
// of the heap. qemu-user (the linux driver) checks the whole buffer before
// the transfer, so nothing at all is read or written in those cases.
#include "sys.h"
#include "out.h"

#define KPTR ((void *)0xffff000000001000UL)
#define LOW ((void *)0x10)

int main(int argc, char **argv)
{
	static void *const bad[] = { 0, LOW, KPTR };
	static const char *const names[] = { "NULL", "0x10", "kernel" };
	char *args[] = { "efault", "exec'd", 0 };
	char *heap, *end;
	long fd, i;

	if (argc != 1) {
		put("FAIL an execve that should fail ran this program\n");
		return 1;
	}
	fd = sys_open("efault.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
	sys_write(fd, "0123456789abcdefghijklmnopqrstuvwxyz\n", 37);
	for (i = 0; i < 3; i++) {
		put(names[i]);
		put("\n");
		expect(sys_lseek(fd, 0, SEEK_SET), 0, "rewind");
		expect(sys_read(fd, bad[i], 10), -EFAULT, "read into it");
		expect(sys_write(fd, bad[i], 10), -EFAULT, "write from it");
		expect(sys_open(bad[i], O_RDONLY, 0), -EFAULT, "open it as a path");
		expect(sys_open(bad[i], O_CREAT | O_WRONLY, 0644), -EFAULT,
		       "open it as a path with O_CREAT");
		expect(sys_execve(bad[i], args, 0), -EFAULT, "execve it as a path");
		if (bad[i]) {
			expect(sys_execve(argv[0], bad[i], 0), -EFAULT, "execve it as argv");
			expect(sys_execve(argv[0], args, bad[i]), -EFAULT, "execve it as envp");
		}
	}
	args[1] = KPTR;
	expect(sys_execve(argv[0], args, 0), -EFAULT, "execve with a bad argv[1]");
	expect(sys_lseek(fd, 0, SEEK_END), 37, "file size unchanged");

	expect(sys_lseek(fd, 0, SEEK_SET), 0, "rewind");
	expect(sys_read(fd, (void *)main, 10), -EFAULT, "read into program text");

	/* a heap that ends on a page boundary, with nothing mapped after it */
	heap = (char *)sys_brk(0);
	end = (char *)(((unsigned long)heap + 3 * 4096) & ~4095UL);
	check(sys_brk(end) == (long)end, "grow the heap to a page boundary");
	memset(end - 4096, 'h', 4096);
	expect(sys_lseek(fd, 0, SEEK_END), 37, "to the end");
	expect(sys_write(fd, end - 10, 10), 10, "write the last 10 heap bytes");
	expect(sys_write(fd, end - 10, 100), -EFAULT, "write running off the heap's end");
	expect(sys_lseek(fd, 0, SEEK_END), 47, "nothing of it written");
	expect(sys_lseek(fd, 0, SEEK_SET), 0, "rewind");
	expect(sys_read(fd, end - 10, 100), -EFAULT, "read running off the heap's end");
	expect(sys_lseek(fd, 0, SEEK_CUR), 0, "nothing of it read");
	expect(sys_open(end - 3, O_RDONLY, 0), -EFAULT,
	       "open a path with no NUL before the heap's end");
	memcpy(end - 4, "abc", 4);
	expect(sys_open(end - 4, O_RDONLY, 0), -ENOENT,
	       "a path whose NUL is the heap's last byte is fine");
	expect(sys_write(fd, 0, 0), 0, "write of 0 bytes from NULL");
	expect(sys_read(fd, 0, 0), 0, "read of 0 bytes into NULL");
	return done(0);
}

// A vfork child, running on its parent's memory, execs files that are
// not programs this kernel can load: each exec fails with ENOEXEC and
// leaves the child on the parent's memory (its next store is the
// parent's), or succeeds and the new program dies at once; either way
// the parent's memory is as it was, less what the child stored, and a
// good exec afterwards still works. The bad files are made from this
// program's own file. (qemu-user runs vfork as a fork and binfmt_misc
// reports bad files its own way: seed only.)
// drivers: seed
#include "out.h"
#include "sys.h"

long vfork_raw(void);
__asm__(".text\n.globl vfork_raw\n.type vfork_raw, %function\nvfork_raw:\n"
	"\tmov x0, #0x4111\n\tmov x1, #0\n\tmov x8, #220\n\tsvc #0\n\tret\n");

static char self[1 << 20], v[1 << 20], pattern[3 << 20];
static long self_len;
static volatile long after_exec; /* the child's store after a failed exec */

/* The file v is v[0..len); a vfork child execs it: the exec's errno is
 * stored where the parent reads it. Returns the child's wait status. */
static int vfork_exec(long len)
{
	int fd = (int)sys_open("v", O_WRONLY | O_CREAT | O_TRUNC, 0755);
	sys_write(fd, v, len);
	sys_close(fd);
	after_exec = 0;
	long pid = vfork_raw();
	if (pid == 0) {
		char *argv[] = { "v", "child", 0 };
		after_exec = -sys_execve("v", argv, 0);
		sys_exit(100);
	}
	int status = -1;
	sys_wait4((int)pid, &status, 0, 0);
	return status;
}

static void intact(const char *what)
{
	long same = 0;
	for (long i = 0; i < (long)sizeof pattern; i++)
		same += pattern[i] == (char)i;
	expect(same, sizeof pattern, what);
}

static void put64(char *p, unsigned long x)
{
	for (int i = 0; i < 8; i++)
		p[i] = (char)(x >> (8 * i));
}

int main(int argc, char **argv)
{
	if (argc > 1)
		return 42; /* this program, run by a good exec */
	for (long i = 0; i < (long)sizeof pattern; i++)
		pattern[i] = (char)i;
	int fd = (int)sys_open(argv[0], O_RDONLY, 0);
	self_len = sys_read(fd, self, sizeof self);
	sys_close(fd);
	check(self_len > 64 && self_len < (long)sizeof self, "read this program's file");

	memcpy(v, "#!not an interpreter\n", 21);
	expect(vfork_exec(21), 100 << 8, "a text file: the child exits after the exec fails");
	expect(after_exec, ENOEXEC, "with ENOEXEC, stored in the parent's memory");
	memcpy(v, self, self_len);
	v[18] = 62; /* e_machine: x86-64 */
	expect(vfork_exec(self_len), 100 << 8, "another machine's ELF");
	expect(after_exec, ENOEXEC, "ENOEXEC");
	expect(vfork_exec(100), 100 << 8, "this program cut to 100 bytes");
	expect(after_exec, ENOEXEC, "ENOEXEC");
	intact("the parent's memory after three failed execs");

	memcpy(v, self, self_len);
	put64(v + 24, 0x10); /* e_entry outside every segment */
	expect(vfork_exec(self_len), SIGSEGV, "an ELF whose entry is unmapped: the new program SIGSEGV");
	expect(after_exec, 0, "the child's memory was its own once the exec succeeded");
	intact("the parent's memory after the new program died");

	memcpy(v, self, self_len);
	expect(vfork_exec(self_len), 42 << 8, "this program itself runs");
	intact("the parent's memory after it ended");
	return done(0);
}

// execve of a file that is not an ELF program gives ENOEXEC, of a missing
// file ENOENT, of a program without execute bits EACCES; the caller
// carries on in each case.
#include "sys.h"
#include "out.h"

static void make_file(const char *name, const char *text)
{
	long fd = sys_open(name, O_CREAT | O_WRONLY | O_TRUNC, 0755);
	sys_write(fd, text, strlen(text));
	sys_close(fd);
}

/* a copy of this program, mode 0644 */
static void copy_self(const char *self, const char *name)
{
	static char buf[4096];
	long in = sys_open(self, O_RDONLY, 0);
	long out = sys_open(name, O_CREAT | O_WRONLY | O_TRUNC, 0644);
	long n;

	while ((n = sys_read(in, buf, sizeof buf)) > 0)
		sys_write(out, buf, n);
	sys_close(in);
	sys_close(out);
}

int main(int argc, char **argv)
{
	char *args[] = { "x", 0 };
	char *env[] = { 0 };

	if (argc > 1) {
		put("FAIL an execve that should fail ran this program\n");
		return 1;
	}
	make_file("notelf.txt", "this is not an ELF file, just text\n");
	make_file("empty.bin", "");
	make_file("short.bin", "\177EL");
	expect(sys_execve("notelf.txt", args, env), -ENOEXEC, "execve a text file");
	expect(sys_execve("empty.bin", args, env), -ENOEXEC, "execve an empty file");
	expect(sys_execve("short.bin", args, env), -ENOEXEC, "execve a 3-byte file");
	expect(sys_execve("missing", args, env), -ENOENT, "execve a missing file");
	copy_self(argv[0], "noexec");
	expect(sys_execve("noexec", args, env), -EACCES, "execve a program with mode 0644");
	expect(sys_execve("", args, env), -ENOENT, "execve the empty name");
	put("caller goes on\n");
	return done(0);
}

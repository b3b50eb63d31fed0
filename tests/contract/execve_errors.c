// execve of a file that is not an ELF program gives ENOEXEC, of a missing
// file ENOENT; the caller carries on either way.
#include "sys.h"
#include "out.h"

static void make_file(const char *name, const char *text)
{
	long fd = sys_open(name, O_CREAT | O_WRONLY | O_TRUNC, 0755);
	sys_write(fd, text, strlen(text));
	sys_close(fd);
}

int main(int argc)
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
	expect(sys_execve("", args, env), -ENOENT, "execve the empty name");
	put("caller goes on\n");
	return done(0);
}

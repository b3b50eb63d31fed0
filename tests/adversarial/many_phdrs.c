// An ELF with more than 64 program headers runs, as on Linux, which reads
// up to a page of them (73 of 56 bytes): a PT_LOAD and then PT_NULL and
// PT_NOTE entries, 65 and 73 in all. 74 is ENOEXEC on Linux and on the
// seed kernel; qemu-user runs it, so that case is checked on the seed
// kernel only (uname's node name "seed"), and prints only if it fails.
#include "out.h"
#include "sys.h"

static char v[64 + 80 * 56 + 16];

static void putle(long off, unsigned long x, int n)
{
	for (int i = 0; i < n; i++)
		v[off + i] = (char)(x >> (8 * i));
}

/* An ELF of n program headers whose code exits with 7: its wait status,
 * or 99 << 8 if execve failed with ENOEXEC. */
static int run(int n)
{
	static const unsigned code[] = { 0xd28000e0, 0xd2800ba8, 0xd4000001 }; /* exit(7) */
	long at = 64 + 56L * n, size = at + sizeof code;
	memset(v, 0, sizeof v);
	memcpy(v, "\177ELF\2\1\1", 7);
	putle(16, 2, 2);                  /* ET_EXEC */
	putle(18, 183, 2);                /* EM_AARCH64 */
	putle(20, 1, 4);
	putle(24, 0x400000 + at, 8);      /* entry */
	putle(32, 64, 8);                 /* phoff */
	putle(52, 64, 2);
	putle(54, 56, 2);
	putle(56, n, 2);
	putle(64, 1, 4);                  /* PT_LOAD of the whole file */
	putle(68, 5, 4);                  /* R X */
	putle(80, 0x400000, 8);
	putle(88, 0x400000, 8);
	putle(96, size, 8);
	putle(104, size, 8);
	putle(112, 4096, 8);
	for (int i = 1; i < n; i++)
		putle(64 + 56L * i, i % 2 ? 0 : 4, 4); /* PT_NULL, PT_NOTE */
	memcpy(v + at, code, sizeof code);
	int fd = sys_open("phdrs", O_WRONLY | O_CREAT | O_TRUNC, 0755);
	sys_write(fd, v, size);
	sys_close(fd);
	long pid = sys_fork();
	if (pid == 0) {
		char *argv[] = { "phdrs", 0 };
		sys_exit(sys_execve("phdrs", argv, 0) == -ENOEXEC ? 99 : 98);
	}
	int status = -1;
	sys_wait4((int)pid, &status, 0, 0);
	return status;
}

int main(void)
{
	expect(run(1), 7 << 8, "1 program header");
	expect(run(64), 7 << 8, "64");
	expect(run(65), 7 << 8, "65");
	expect(run(73), 7 << 8, "73: a page of them");
	struct utsname u;
	sys_uname(&u);
	long r = run(74);
	if (strcmp(u.nodename, "seed") == 0 && r != 99 << 8) /* silent when it passes */
		check(0, "74 program headers: ENOEXEC on the seed kernel");
	return done(0);
}

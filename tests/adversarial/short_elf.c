// Hand-assembled bootstrap tools often write a PT_LOAD whose file size
// runs past the end of the file. As on Linux, such a file runs: the
// bytes past the end of the file, in its last page, read as zeros; a
// page of the segment wholly past the file's last page faults with
// SIGBUS when it is touched.
#include "out.h"
#include "sys.h"

static char v[256];

static void putle(long off, unsigned long x, int n)
{
	for (int i = 0; i < n; i++)
		v[off + i] = (char)(x >> (8 * i));
}

/* An ELF of one PT_LOAD at 0x400000 from offset 0: the header, the
 * program header, then the code words; p_filesz = p_memsz = the file's
 * size plus extra. Runs it: its wait status. */
static int run(const unsigned *code, int n, unsigned long extra)
{
	long size = 120 + 4 * n;
	memset(v, 0, sizeof v);
	memcpy(v, "\177ELF\2\1\1", 7);
	putle(16, 2, 2);                  /* ET_EXEC */
	putle(18, 183, 2);                /* EM_AARCH64 */
	putle(20, 1, 4);
	putle(24, 0x400000 + 120, 8);     /* entry */
	putle(32, 64, 8);                 /* phoff */
	putle(52, 64, 2);
	putle(54, 56, 2);
	putle(56, 1, 2);                  /* one program header */
	putle(64, 1, 4);                  /* PT_LOAD */
	putle(68, 7, 4);                  /* RWX */
	putle(80, 0x400000, 8);
	putle(88, 0x400000, 8);
	putle(96, size + extra, 8);       /* p_filesz, past the end of the file */
	putle(104, size + extra, 8);      /* p_memsz */
	putle(112, 4096, 8);
	for (int i = 0; i < n; i++)
		putle(120 + 4 * i, code[i], 4);
	int fd = sys_open("short", O_WRONLY | O_CREAT | O_TRUNC, 0755);
	sys_write(fd, v, size);
	sys_close(fd);
	long pid = sys_fork();
	if (pid == 0) {
		char *argv[] = { "short", 0 };
		sys_execve("short", argv, 0);
		sys_exit(99);
	}
	int status = -1;
	sys_wait4((int)pid, &status, 0, 0);
	return status;
}

int main(void)
{
	/* exit(7 + the byte 8 past the end of the file) */
	static const unsigned in_last_page[] = {
		0x100000a1, /* adr x1, end of file */
		0x39402020, /* ldrb w0, [x1, #8] */
		0x11001c00, /* add w0, w0, #7 */
		0xd2800ba8, /* mov x8, #93 (exit) */
		0xd4000001, /* svc #0 */
	};
	/* exit(the byte 4096 + 8 past the end of the file) */
	static const unsigned past_last_page[] = {
		0x100000a1, /* adr x1, end of file */
		0x91400421, /* add x1, x1, #4096 */
		0x39402020, /* ldrb w0, [x1, #8] */
		0xd2800ba8, /* mov x8, #93 (exit) */
		0xd4000001, /* svc #0 */
	};
	expect(run(in_last_page, 5, 64), 7 << 8,
	       "64 bytes claimed past the end: runs, they read as zeros (exit 7)");
	expect(run(in_last_page, 5, 3000), 7 << 8,
	       "3000 bytes claimed, all in the last page: runs");
	expect(run(past_last_page, 5, 8192), 7,
	       "a page wholly past the file's last page: SIGBUS when touched");
	expect(run(in_last_page, 5, 8192), 7 << 8,
	       "the same segment, that page untouched: runs (exit 7)");
	return done(0);
}

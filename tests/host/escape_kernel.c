/* escape_kernel: a stand-in for a seed kernel that a hostile input has taken
 * over. Booted by the seed driver in place of kernel.img (tests/host/run), it
 * uses the channel such a kernel would have, Arm semihosting at EL1, to reach
 * the host: each word of its command line after PROG is a TARGET as for
 * tests/host/escape.c (a path to create and write, "r:PATH" to read,
 * "x:COMMAND" for the host's shell). Then it reports through the status file
 * the driver reads, "panic escape: TARGET reached|refused, ...", so seed
 * prints the verdict, and powers off.
 * An ELF, which QEMU's -kernel also takes; it starts at EL1 with the MMU off,
 * hence -mstrict-align and -mgeneral-regs-only (host.mk). */
#include "semihost.h"

#define SH_OPEN 0x01
#define SH_CLOSE 0x02
#define SH_WRITE 0x05
#define SH_READ 0x06
#define SH_SYSTEM 0x12
#define SH_GET_CMDLINE 0x15
#define SH_EXIT 0x18
#define ADP_APP_EXIT 0x20026
#define SH_MODE_R 0
#define SH_MODE_W 4

static char line[8192], word[4096], report[16384];
static long used;


static void say(const char *s)
{
	while (*s && used < (long)sizeof report - 1)
		report[used++] = *s++;
}

static int hex(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The next word of the command line from *p into word, %XX decoded (host/cmdline.c). */
static int next_word(const char **p)
{
	const char *s = *p;
	long n = 0;

	while (*s == ' ')
		s++;
	if (!*s)
		return 0;
	for (; *s && *s != ' ' && n < (long)sizeof word - 1; s++) {
		if (*s == '%' && hex(s[1]) >= 0 && hex(s[2]) >= 0) {
			word[n++] = (char)(16 * hex(s[1]) + hex(s[2]));
			s += 2;
		} else if (*s != '%') {
			word[n++] = *s;
		}
	}
	word[n] = 0;
	*p = s;
	return 1;
}

/* 1 if target reached the host. */
static int attempt(const char *t)
{
	static const char text[] = "escaped\n";
	char buf[64];
	int read = t[0] == 'r' && t[1] == ':';
	long b[3], h, want, left;

	if (t[0] == 'x' && t[1] == ':') {
		b[0] = (long)(t + 2);
		b[1] = len(t + 2);
		return semihost(SH_SYSTEM, b) == 0;
	}
	b[0] = (long)(read ? t + 2 : t);
	b[1] = read ? SH_MODE_R : SH_MODE_W;
	b[2] = len((const char *)b[0]);
	if ((h = semihost(SH_OPEN, b)) < 0)
		return 0;
	b[0] = h;
	b[1] = read ? (long)buf : (long)text;
	b[2] = want = read ? (long)sizeof buf : (long)sizeof text - 1;
	left = semihost(read ? SH_READ : SH_WRITE, b);
	b[0] = h;
	semihost(SH_CLOSE, b);
	return left >= 0 && left < want;
}

void kmain(void)
{
	long b[3];
	const char *p = line;
	int i, first = 1;

	/* The command line is "KERNEL timeout=N PROG TARGET...". */
	b[0] = (long)line;
	b[1] = sizeof line;
	if (semihost(SH_GET_CMDLINE, b) != 0)
		line[0] = 0;
	say("panic escape:");
	for (i = 0; next_word(&p); i++) {
		if (i < 3)
			continue;
		say(first ? " " : ", ");
		say(word);
		say(attempt(word) ? " reached" : " refused");
		first = 0;
	}
	say("\n");
	b[0] = (long)"seed-status";
	b[1] = SH_MODE_W;
	b[2] = len("seed-status");
	if ((b[0] = semihost(SH_OPEN, b)) >= 0) {
		b[1] = (long)report;
		b[2] = used;
		semihost(SH_WRITE, b);
		semihost(SH_CLOSE, b);
	}
	b[0] = ADP_APP_EXIT;
	b[1] = 0;
	for (;;)
		semihost(SH_EXIT, b);
}

__asm__(".global _start\n_start:\n\tldr x0, =stack_top\n\tmov sp, x0\n\tb kmain\n"
	".bss\n.balign 16\n.space 16384\nstack_top:\n.text\n");

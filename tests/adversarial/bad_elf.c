// execve of truncated, corrupted and hostile ELF files: each is refused
// with ENOEXEC, or runs and ends (exits or is killed); the caller and the
// kernel go on. The variants are made from this program's own file.
// (Under the linux driver such files go to qemu-user through binfmt_misc,
// which reports them its own way: seed only.)
// drivers: seed
#include "out.h"
#include "sys.h"

#define RAN 42                  /* a variant that ran as this program */
#define REFUSED (200 + 8)       /* the child's execve gave ENOEXEC */

static char self[1 << 20], v[1 << 20];
static long self_len;
static unsigned long rng = 12345;

static unsigned long next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void put64(char *p, unsigned long x)
{
	for (int i = 0; i < 8; i++)
		p[i] = (char)(x >> (8 * i));
}

static void put32(char *p, unsigned x)
{
	for (int i = 0; i < 4; i++)
		p[i] = (char)(x >> (8 * i));
}

static void put16(char *p, unsigned x)
{
	p[0] = (char)x;
	p[1] = (char)(x >> 8);
}

/* Runs v[0..len) as a program: its wait status, or REFUSED << 8. */
static int try(long len)
{
	int fd = sys_open("v", O_WRONLY | O_CREAT | O_TRUNC, 0755);
	sys_write(fd, v, len);
	sys_close(fd);
	long pid = sys_fork();
	if (pid == 0) {
		char *argv[] = { "v", "child", 0 };
		long r = sys_execve("v", argv, 0);
		sys_exit((int)(200 - r));
	}
	int status;
	sys_wait4(pid, &status, 0, 0);
	return status;
}

static void refused(const char *what, long len)
{
	expect(try(len), REFUSED << 8, what);
}

/* A copy of self with one header field changed. */
static char *fresh(void)
{
	memcpy(v, self, self_len);
	return v;
}

static char *phdr(int i) { return v + *(long *)(self + 32) + 56 * i; }

int main(int argc, char **argv)
{
	if (argc > 1)
		return RAN;
	int fd = sys_open(argv[0], O_RDONLY, 0);
	self_len = sys_read(fd, self, sizeof self);
	check(self_len > 64 && self_len < (long)sizeof self, "read own file");
	int phnum = (unsigned char)self[56];

	expect(try((fresh(), self_len)), RAN << 8, "the file itself runs");
	refused("empty", (fresh(), 0));
	refused("10 bytes", (fresh(), 10));
	refused("63 bytes", (fresh(), 63));
	refused("32-bit class", (fresh()[4] = 1, self_len));
	refused("big endian", (fresh()[5] = 2, self_len));
	refused("ET_DYN", (put16(fresh() + 16, 3), self_len));
	refused("x86-64 machine", (put16(fresh() + 18, 62), self_len));
	refused("phentsize 32", (put16(fresh() + 54, 32), self_len));
	refused("no program headers", (put16(fresh() + 56, 0), self_len));
	refused("65535 program headers", (put16(fresh() + 56, 65535), self_len));
	refused("phoff past the end", (put64(fresh() + 32, 1UL << 40), self_len));
	refused("headers cut off", (fresh(), 64 + 56 * phnum - 1));
	refused("filesz > memsz", (fresh(), put64(phdr(0) + 32, 1UL << 30), self_len));
	/* As Linux: a segment wholly past the end of the file loads, and
	 * faults with SIGBUS when touched (here at the first instruction). */
	expect(try((fresh(), put64(phdr(0) + 8, 1UL << 40), self_len)), SIGBUS,
	       "offset past the end: SIGBUS at the entry");
	refused("segment at 0", (fresh(), put64(phdr(0) + 16, 0), self_len));
	refused("segment in kernel space", (fresh(), put64(phdr(0) + 16, 0xffffff8040200000UL), self_len));
	refused("segment of 32 TiB", (fresh(), put64(phdr(0) + 40, 1UL << 45), self_len));
	refused("an interpreter", (fresh(), put32(phdr(phnum - 1), 3), self_len));
	expect(try((put64(fresh() + 24, 0x10), self_len)), SIGSEGV, "entry outside the segments: SIGSEGV");
	/* The second PT_LOAD laid over the first: loaded in order, as Linux
	 * maps them; what the mangled program then does is shown. */
	fresh();
	put64(phdr(1) + 16, *(long *)(phdr(0) + 16));
	show("overlapping segments: wait status", try(self_len));

	/* Truncations anywhere: refused, the program runs as it is, or (as on
	 * Linux, which loads a file cut short) it is killed where it reaches
	 * what is missing: zeros in the last page (SIGILL, SIGSEGV), a page
	 * past it (SIGBUS). Single
	 * bytes changed in the headers: anything a program can do may follow
	 * (refusal, running, a fault, another exit status); the point is that
	 * the kernel and this caller go on. */
	int odd = 0, ran = 0, refusals = 0, killed = 0;
	for (int i = 0; i < 100; i++) {
		int st = try((fresh(), (long)(next() % self_len)));
		ran += st == RAN << 8;
		refusals += st == REFUSED << 8;
		odd += st != RAN << 8 && st != REFUSED << 8 && st != SIGBUS && st != SIGILL && st != SIGSEGV;
	}
	expect(odd, 0, "truncated copies: refused, run, or killed where the file is missing");
	show("truncations refused", refusals);
	for (int i = 0; i < 200; i++) {
		fresh()[next() % (64 + 56 * phnum)] = (char)next();
		int st = try(self_len);
		ran += st == RAN << 8;
		refusals += st == REFUSED << 8;
		killed += (st & 0x7f) != 0;
	}
	show("ran", ran);
	show("refused", refusals);
	show("killed", killed);
	expect(try((fresh(), self_len)), RAN << 8, "and the file still runs");
	return done(0);
}

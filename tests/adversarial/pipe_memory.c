// A pipe nobody drains, filled until memory runs out: the kernel stops the
// writes (a short count, then ENOMEM) with a reserve left, never panics;
// every byte written reads back in order; closing the pipe gives all of
// it back, so a second pipe holds as much again; and after a child that
// filled a pipe and ended without reading it, the same. (Linux would
// block the writer at 64 KiB: seed only.)
// drivers: seed
// mem: 256M
#include "out.h"
#include "sys.h"

static unsigned char block[1 << 20];

static unsigned char byte(long i) { return (unsigned char)(i ^ (i >> 9)); }

/* Writes the pattern into fd until the kernel refuses: the bytes taken. */
static long fill(int fd, long *last)
{
	long total = 0, r;
	while ((r = sys_write(fd, block, sizeof block)) > 0) {
		total += r;
		if (r < (long)sizeof block)
			break;
	}
	if (r > 0)
		r = sys_write(fd, block, sizeof block);
	*last = r;
	return total;
}

static int child_fills(void)
{
	int fd[2];
	long last;
	sys_pipe(fd);
	return fill(fd[1], &last) > (128L << 20) && last == -ENOMEM ? 0 : 1;
}

int main(void)
{
	int fd[2], status;
	long last, bad = 0, got = 0, r;

	for (long i = 0; i < (long)sizeof block; i++)
		block[i] = byte(i);
	expect(sys_pipe(fd), 0, "pipe");
	long total = fill(fd[1], &last);
	check(total > (200L << 20), "more than 200 MiB went in before memory ran out");
	expect(last, -ENOMEM, "then ENOMEM");
	expect(sys_write(fd[1], block, 1), -ENOMEM, "even for one byte");
	long f = sys_open("small", O_CREAT | O_WRONLY, 0644);
	expect(sys_write((int)f, "the reserve is left\n", 20), 20, "a file can still be written");
	long pid = sys_fork();
	if (pid == 0)
		sys_exit(7);
	sys_wait4((int)pid, &status, 0, 0);
	expect(status, 7 << 8, "a child can still be forked");

	while ((r = sys_read(fd[0], block, sizeof block)) > 0) {
		for (long i = 0; i < r; i++)
			bad += block[i] != byte((got + i) % sizeof block);
		got += r;
		if (got == total)
			break;
	}
	check(got == total, "every byte read back");
	expect(bad, 0, "in order");
	for (long i = 0; i < (long)sizeof block; i++)
		block[i] = byte(i);
	expect(sys_write(fd[1], block, sizeof block), sizeof block, "the drained pipe takes 1 MiB again");
	sys_close(fd[0]);
	sys_close(fd[1]);

	sys_pipe(fd);
	long again = fill(fd[1], &last);
	check(again >= total - (1L << 20) && again <= total + (1L << 20),
	      "a new pipe holds as much: the closed one gave its memory back");
	sys_close(fd[0]);
	sys_close(fd[1]);
	pid = sys_fork();
	if (pid == 0)
		sys_exit(child_fills());
	sys_wait4((int)pid, &status, 0, 0);
	expect(status, 0, "a child filled a pipe and ended without reading it");
	sys_pipe(fd);
	again = fill(fd[1], &last);
	check(again >= total - (1L << 20) && again <= total + (1L << 20), "its pipe's memory came back too");
	return done(0);
}

/* The end of a run. Every regular file goes to the host as one cpio
 * "newc" archive (docs/FORMATS.md), written through the host channel in
 * large blocks; then a one-line status, then power off. */
#include "output.h"
#include "arch.h"
#include "lib.h"
#include "tmpfs.h"

#define ARCHIVE_NAME "seed-out.cpio"
#define STATUS_NAME "seed-status"
#define STATS_NAME "seed-stats"
#define PANIC_STATUS 125

static u8 buf[1 << 20];
static u64 used, total;
static long handle;
static int failed;
static int lost;     /* files too large for newc, left out */

static void flush(void)
{
	if (used && host_file_write(handle, buf, used) < 0)
		failed = 1;
	total += used;
	used = 0;
}

static void emit(const void *src, u64 n)
{
	const u8 *s = src;
	while (n) {
		u64 chunk = sizeof buf - used;
		if (chunk > n)
			chunk = n;
		if (s)
			memcpy(buf + used, s, chunk);
		else
			memset(buf + used, 0, chunk);
		used += chunk;
		n -= chunk;
		if (s)
			s += chunk;
		if (used == sizeof buf)
			flush();
	}
}

static void pad4(u64 n) { emit(NULL, (4 - (n & 3)) & 3); }

static void header(u64 ino, u32 mode, u64 size, const char *name, u32 namelen)
{
	char h[111];
	snprintf(h, sizeof h, "070701%08lx%08x%08x%08x%08x%08x%08lx%08x%08x%08x%08x%08x%08x",
		 ino, mode, 0, 0, 1, 0, size, 0, 0, 0, 0, namelen + 1, 0);
	emit(h, 110);
	emit(name, namelen);
	emit(NULL, 1);
	pad4(110 + namelen + 1);
}

static void write_archive(void)
{
	handle = host_file_open(ARCHIVE_NAME);
	if (handle < 0) {
		failed = 1;
		return;
	}
	u64 ino = 1;
	for (struct inode *ip = tmpfs_first(); ip; ip = tmpfs_next(ip)) {
		if (ip->isdir)
			continue;
		if (ip->size > 0xffffffffUL) {
			kprintf("%s: %lu bytes, more than the output archive can hold (4 GiB - 1): not saved",
				ip->name, ip->size);
			lost++;
			continue;
		}
		header(ino++, 0100000 | ip->mode, ip->size, ip->name, ip->namelen);
		for (u64 off = 0; off < ip->size; off += PAGE_SIZE) {
			u64 n = ip->size - off < PAGE_SIZE ? ip->size - off : PAGE_SIZE;
			emit(tmpfs_page(ip, off >> PAGE_SHIFT), n);
		}
		pad4(ip->size);
	}
	header(0, 0, 0, "TRAILER!!!", 10);
	flush();
	host_file_close(handle);
}

static void write_line(const char *file, const char *line)
{
	long h = host_file_open(file);
	if (h >= 0) {
		host_file_write(h, line, strlen(line));
		host_file_close(h);
	}
}

/* The deadline passed: every file is saved, and the status says so. */
void run_timeout(void)
{
	write_archive();
	write_line(STATUS_NAME, failed ? "panic cannot write the output archive\n" : "timeout\n");
	host_poweroff(PANIC_STATUS);
}

void run_exit(int wstatus)
{
	char line[80];
	int code;
	u64 t0 = time_ns();
	write_archive();
	u64 t1 = time_ns();
	snprintf(line, sizeof line, "archive_bytes %lu\narchive_ns %lu\n", total, t1 - t0);
	write_line(STATS_NAME, line);
	if (failed)
		panic("cannot write the output archive " ARCHIVE_NAME " on the host");
	if (wstatus & 0x7f) {
		code = 128 + (wstatus & 0x7f);
		snprintf(line, sizeof line, "signal %d\n", wstatus & 0x7f);
	} else {
		code = (wstatus >> 8) & 0xff;
		snprintf(line, sizeof line, "exit %d\n", code);
	}
	if (lost) /* a second line: the run fails on the host */
		snprintf(line + strlen(line), sizeof line - strlen(line), "lost %d\n", lost);
	write_line(STATUS_NAME, line);
	host_poweroff(code);
}

/* A panic still tries to save every file (once: a fault while doing so
 * panics again and skips it); the host extracts what arrived. */
void panic(const char *fmt, ...)
{
	static int panicking;
	char msg[400], line[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (!panicking++) {
		used = 0;
		write_archive();
	}
	snprintf(line, sizeof line, "panic %s\n", msg);
	write_line(STATUS_NAME, line);
	host_poweroff(PANIC_STATUS);
}

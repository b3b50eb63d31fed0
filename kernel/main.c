/* Boot: read the device tree, take the memory, load the initramfs, and
 * start the program the command line names. */
#include "arch.h"
#include "cpio.h"
#include "dtb.h"
#include "exec.h"
#include "file.h"
#include "lib.h"
#include "output.h"
#include "page.h"
#include "proc.h"
#include "tmpfs.h"


extern char _kernel_start[], _end[];

/* The command line is the program's argv: words separated by spaces,
 * bytes escaped as %XX, and a lone % for an empty word (docs/FORMATS.md).
 * The words are decoded straight into a's buffer, so only its size
 * (MAX_ARGS_BYTES, which the host checks before boot) limits them. */
static int parse_cmdline(const char *s, struct args *a)
{
	while (*s) {
		while (*s == ' ')
			s++;
		if (!*s)
			break;
		if (s[0] == '%' && (s[1] == ' ' || !s[1]))
			s++;
		for (; *s && *s != ' '; s++) {
			int c = (u8)*s;
			if (c == '%') {
				int hi = hexdigit(s[1]), lo = hi < 0 ? -1 : hexdigit(s[2]);
				if (lo < 0)
					return -1;
				c = hi << 4 | lo;
				s += 2;
			}
			if (a->len + 2 > MAX_ARGS_BYTES)
				return -1;
			a->buf[a->len++] = (char)c;
		}
		a->buf[a->len++] = 0;
		a->argc++;
	}
	return a->argc ? 0 : -1;
}

/* The host's first word, timeout=SECONDS: the run's deadline. Returns
 * where the program's words start. */
static const char *take_timeout(const char *s, u64 *seconds)
{
	const char *key = "timeout=";
	*seconds = 0;
	while (*key && *s == *key)
		s++, key++;
	if (*key)
		return s;
	for (; *s >= '0' && *s <= '9'; s++)
		*seconds = *seconds * 10 + (*s - '0');
	return s;
}

void kmain(u64 dtb_pa)
{
	struct bootinfo bi;
	const char *why;
	char msg[400];
	host_init();
	if (dtb_read(P2V(dtb_pa), &bi, &why) < 0)
		panic("%s", why);
	if (bi.ram_hi > ARCH_RAM_LIMIT)
		bi.ram_hi = ARCH_RAM_LIMIT;
	u64 reserved[3][2] = {
		{ bi.ram_lo, V2P(_end) },
		{ dtb_pa, dtb_pa + bi.dtb_size },
		{ bi.initrd_lo, bi.initrd_hi },
	};
	page_init(bi.ram_lo, bi.ram_hi, reserved, 3);
	tmpfs_init();

	struct args a;
	u64 timeout;
	if (exec_args_alloc(&a) < 0)
		panic("no memory for the command line");
	if (!bi.bootargs || parse_cmdline(take_timeout(bi.bootargs, &timeout), &a) < 0)
		panic("the command line names no program (or is malformed): '%s'",
		      bi.bootargs ? bi.bootargs : "");
	page_release(dtb_pa, dtb_pa + bi.dtb_size);
	if (!bi.initrd_hi)
		panic("no initramfs");
	if (cpio_load(P2V(bi.initrd_lo), bi.initrd_hi - bi.initrd_lo, msg, sizeof msg) < 0)
		panic("%s", msg);
	page_release(bi.initrd_lo, bi.initrd_hi);

	struct proc *p = proc_first();
	struct trapframe tf;
	const char *prog = a.buf;
	char name[MAX_PATH];
	u32 len;
	struct inode *ip = 0;
	int r = path_resolve(AT_FDCWD, prog, name, &len, NULL);
	if (r == 0 && !(ip = tmpfs_lookup(name, len)))
		r = -ENOENT;
	if (r == 0 && (r = exec_allowed(ip)) == 0)
		r = exec(p, ip, &a, &tf);
	if (r < 0) {
		kprintf("%s: cannot execute: %s", prog, exec_error(r));
		run_exit(127 << 8);
	}
	exec_args_free(&a);
	deadline_start(bi.gicd, bi.gicc, timeout);
	user_return(&tf);
}

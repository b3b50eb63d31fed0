/* seed: run a static Linux program on the seed kernel or on the reference.
 *   seed run [OPTIONS] --out DIR -- PROG [ARGS...]
 *   seed pack OUT.cpio [--in PATH[=NAME]]...
 *   seed extract ARCHIVE DIR
 * This file reads the command line; run.c checks it, driver_*.c run it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seed.h"

static int usage(void)
{
	fputs("usage: seed run [--driver seed|linux|linux-vm] [--arch aarch64] [--timeout SECONDS]\n"
	    "                [--mem SIZE] [--in PATH[=NAME]]... --out DIR -- PROG [ARGS...]\n"
	    "       seed pack OUT.cpio [--in PATH[=NAME]]...\n"
	    "       seed extract ARCHIVE DIR\n", stderr);
	return EXIT_USAGE;
}

/* A positive number of seconds, at most a year. */
static int parse_timeout(const char *s)
{
	long v = 0;

	for (; *s >= '0' && *s <= '9' && v <= 366L * 86400; s++)
		v = 10 * v + (*s - '0');
	return *s == 0 && v > 0 && v <= 366L * 86400 ? (int)v : -1;
}

/* QEMU's -m: digits, then optionally one of K M G T. */
static int valid_mem(const char *s)
{
	size_t digits = strspn(s, "0123456789");

	return digits > 0 && (s[digits] == 0 || (strchr("KMGTkmgt", s[digits]) && s[digits + 1] == 0));
}

/* One "--OPTION VALUE" of seed run. Returns 0, or -1 having said why. */
static int run_option(struct run *r, const char **driver, const char *opt, const char *val)
{
	if (strcmp(opt, "--driver") == 0) {
		if (strcmp(val, "seed") != 0 && strcmp(val, "linux") != 0 && strcmp(val, "linux-vm") != 0)
			return fail("%s: unknown driver (seed, linux or linux-vm)", val);
		*driver = val;
	} else if (strcmp(opt, "--arch") == 0) {
		if (!(r->arch = arch_find(val)))
			return fail("%s: unknown arch", val);
	} else if (strcmp(opt, "--timeout") == 0) {
		if ((r->timeout = parse_timeout(val)) < 0)
			return fail("%s: timeout is not a positive number of seconds", val);
	} else if (strcmp(opt, "--mem") == 0) {
		if (!valid_mem(val))
			return fail("%s: not a memory size like 512M or 2G", val);
		r->mem = val;
	} else if (strcmp(opt, "--in") == 0) {
		return inputs_add(&r->inputs, val);
	} else if (strcmp(opt, "--out") == 0) {
		r->out = val;
	} else {
		fail("%s: unknown option", opt);
		usage();
		return -1;
	}
	return 0;
}

static int cmd_run(int argc, char **argv)
{
	struct run r = { 0 };
	const char *driver = "seed";
	int i;

	r.arch = arch_find("aarch64");
	r.mem = "2G";
	r.timeout = 600;
	for (i = 0; i < argc && argv[i][0] == '-'; i += 2) {
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
		if (i + 1 >= argc) {
			fail("%s: needs a value", argv[i]);
			return usage();
		}
		if (run_option(&r, &driver, argv[i], argv[i + 1]) < 0)
			return EXIT_USAGE;
	}
	if (!r.out) {
		fail("--out DIR is required");
		return usage();
	}
	if (i >= argc) {
		fail("no program given");
		return usage();
	}
	r.argv = argv + i;
	if (run_check(&r) < 0)
		return EXIT_USAGE;
	if (strcmp(driver, "linux") == 0)
		return driver_linux(&r);
	if (strcmp(driver, "linux-vm") == 0)
		return driver_linuxvm(&r);
	return driver_seed(&r);
}

static int cmd_pack(int argc, char **argv)
{
	struct inputs in = { 0 };
	int i;

	if (argc < 1 || argc % 2 == 0)
		return usage();
	for (i = 1; i < argc; i += 2) {
		if (strcmp(argv[i], "--in") != 0) {
			fail("%s: unknown option", argv[i]);
			return usage();
		}
		if (inputs_add(&in, argv[i + 1]) < 0)
			return EXIT_USAGE;
	}
	if (inputs_sort(&in) < 0 || newc_pack(argv[0], &in) < 0)
		return EXIT_USAGE;
	return 0;
}

static int cmd_extract(int argc, char **argv)
{
	if (argc != 2)
		return usage();
	if (make_dirs(argv[1]) < 0 || newc_extract(argv[0], argv[1]) < 0)
		return EXIT_USAGE;
	return 0;
}

int main(int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "run") == 0)
		return cmd_run(argc - 2, argv + 2);
	if (argc >= 2 && strcmp(argv[1], "pack") == 0)
		return cmd_pack(argc - 2, argv + 2);
	if (argc >= 2 && strcmp(argv[1], "extract") == 0)
		return cmd_extract(argc - 2, argv + 2);
	return usage();
}

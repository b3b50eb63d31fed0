/* Errors: one line on stderr, exit status 1.
 *   scheme1: error: FILE:LINE: MESSAGE IRRITANT...
 * The location is that of the form being evaluated (the VM's current
 * instruction) or, before evaluation, of the form being read or compiled. */
#include <stdlib.h>
#include <string.h>
#include "scheme1.h"
#include "syscall_nr.h"

const char *err_file;
int err_line;

static void put(const void *p, size_t n)
{
	const char *s = p;
	while (n > 0) {
		long w = __syscall(SYS_write, 2, (long)s, (long)n, 0, 0, 0);
		if (w <= 0)
			return;
		s += w;
		n -= (size_t)w;
	}
}

void fail_location(const char *file, int line, const char *msg, obj irritants)
{
	struct buf b = {0, 0, 0};
	static int failing;
	if (failing) { /* out of memory while reporting an error */
		put("scheme1: error: out of memory\n", 30);
		exit(1);
	}
	failing = 1;
	buf_str(&b, "scheme1: error: ");
	if (file) {
		buf_str(&b, file);
		buf_byte(&b, ':');
		if (line > 0) {
			print_int(&b, line, 10);
			buf_byte(&b, ':');
		}
		buf_byte(&b, ' ');
	}
	buf_str(&b, msg);
	for (; IS_PAIR(irritants); irritants = CDR(irritants)) {
		buf_byte(&b, ' ');
		print_obj(&b, CAR(irritants), 1);
	}
	buf_byte(&b, '\n');
	put(b.p, b.len);
	exit(1);
}

void fail_irritants(const char *msg, obj irritants)
{
	const char *file = err_file;
	int line = err_line;
	vm_location(&file, &line);
	fail_location(file, line, msg, irritants);
}

void fail_oom(void)
{
	fail_irritants("out of memory", NIL);
}

void fail(const char *msg, obj irritant)
{
	fail_irritants(msg, irritant == UNDEF ? NIL : cons(irritant, NIL));
}

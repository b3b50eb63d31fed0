/* The printer (display and write) and format. */
#include <string.h>
#include "scheme1.h"

void print_int(struct buf *b, int64_t v, int radix)
{
	char tmp[72];
	int n = 0;
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	do {
		tmp[n++] = "0123456789abcdef"[u % (uint64_t)radix];
		u /= (uint64_t)radix;
	} while (u > 0);
	if (v < 0)
		buf_byte(b, '-');
	while (n > 0)
		buf_byte(b, tmp[--n]);
}

static void print_string(struct buf *b, obj s)
{
	size_t i, n = BYTES_LEN(s);
	unsigned char *p = BYTES_DATA(s);
	buf_byte(b, '"');
	for (i = 0; i < n; i++) {
		int c = p[i];
		if (c == '"' || c == '\\' || c == '\n' || c == '\t' || c == '\r') {
			buf_byte(b, '\\');
			buf_byte(b, c == '\n' ? 'n' : c == '\t' ? 't' : c == '\r' ? 'r' : c);
		} else if (c < 32 || c == 127) {
			buf_str(b, "\\x");
			print_int(b, c, 16);
			buf_byte(b, ';');
		} else {
			buf_byte(b, c);
		}
	}
	buf_byte(b, '"');
}

static void print_depth(struct buf *b, obj o, int write, int depth);

static void print_list(struct buf *b, obj o, int write, int depth)
{
	obj slow = o;
	int n = 0;
	buf_byte(b, '(');
	print_depth(b, CAR(o), write, depth + 1);
	for (o = CDR(o); IS_PAIR(o); o = CDR(o)) {
		if ((++n & 1) == 0) {
			slow = CDR(slow);
			if (slow == o) { /* a circular list */
				buf_str(b, " ...)");
				return;
			}
		}
		buf_byte(b, ' ');
		print_depth(b, CAR(o), write, depth + 1);
	}
	if (o != NIL) {
		buf_str(b, " . ");
		print_depth(b, o, write, depth + 1);
	}
	buf_byte(b, ')');
}

static void print_depth(struct buf *b, obj o, int write, int depth)
{
	if (depth > MAX_DEPTH) {
		buf_str(b, "...");
		return;
	}
	if (IS_FIX(o)) {
		print_int(b, FIXVAL(o), 10);
		return;
	}
	switch (o) {
	case NIL: buf_str(b, "()"); return;
	case TRUE: buf_str(b, "#t"); return;
	case FALSE: buf_str(b, "#f"); return;
	case UNSPEC: buf_str(b, "#<unspecified>"); return;
	case EOF_OBJ: buf_str(b, "#<eof>"); return;
	case UNDEF: buf_str(b, "#<undefined>"); return;
	}
	if (!IS_PTR(o)) {
		buf_str(b, "#<raw>");
		return;
	}
	switch (TYPE(o)) {
	case T_PAIR:
		print_list(b, o, write, depth);
		break;
	case T_INT:
		print_int(b, int_value(o), 10);
		break;
	case T_SYMBOL:
		buf_add(b, BYTES_DATA(SYM_NAME(o)), BYTES_LEN(SYM_NAME(o)));
		break;
	case T_BYTES:
		if (HDR(o) & BYTES_STRING) {
			if (write)
				print_string(b, o);
			else
				buf_add(b, BYTES_DATA(o), BYTES_LEN(o));
		} else {
			size_t i;
			buf_str(b, "#u8(");
			for (i = 0; i < BYTES_LEN(o); i++) {
				if (i > 0)
					buf_byte(b, ' ');
				print_int(b, BYTES_DATA(o)[i], 10);
			}
			buf_byte(b, ')');
		}
		break;
	case T_CLOSURE:
		buf_str(b, "#<procedure");
		if (CLO_CODE(o)->name != FALSE) {
			buf_byte(b, ' ');
			print_depth(b, CLO_CODE(o)->name, 0, depth + 1);
		}
		buf_byte(b, '>');
		break;
	case T_PRIM:
		buf_str(b, "#<procedure ");
		buf_str(b, PRIM(o)->name);
		buf_byte(b, '>');
		break;
	case T_RECORD:
		buf_str(b, "#<");
		if (REC_TYPE(o) == FALSE) {
			buf_str(b, "record-type ");
			print_depth(b, REC_FIELD(o, 0), 0, depth + 1);
		} else {
			print_depth(b, REC_FIELD(REC_TYPE(o), 0), 0, depth + 1);
		}
		buf_byte(b, '>');
		break;
	case T_VALUES: {
		obj p;
		for (p = VALUES_LIST(o); IS_PAIR(p); p = CDR(p)) {
			print_depth(b, CAR(p), write, depth + 1);
			if (CDR(p) != NIL)
				buf_byte(b, ' ');
		}
		break;
	}
	default:
		buf_str(b, "#<object>");
	}
}

void print_obj(struct buf *b, obj o, int write)
{
	print_depth(b, o, write, 0);
}

obj format_string(obj fmt, int argc, obj *argv)
{
	struct buf b = {0, 0, 0};
	size_t i, n = BYTES_LEN(fmt);
	unsigned char *p = BYTES_DATA(fmt);
	int next = 0;
	for (i = 0; i < n; i++) {
		int c = p[i];
		if (c != '~') {
			buf_byte(&b, c);
			continue;
		}
		if (++i >= n)
			fail("format: ~ at the end of the format string", fmt);
		c = p[i];
		if (c == '%' || c == '~') {
			buf_byte(&b, c == '%' ? '\n' : '~');
			continue;
		}
		if (c != 'a' && c != 's' && c != 'd' && c != 'x')
			fail("format: unknown directive", fmt);
		if (next >= argc)
			fail("format: too few arguments", fmt);
		if (c == 'a' || c == 's') {
			print_obj(&b, argv[next++], c == 's');
		} else {
			if (!is_int(argv[next]))
				fail("format: not an integer", argv[next]);
			print_int(&b, int_value(argv[next++]), c == 'd' ? 10 : 16);
		}
	}
	if (next < argc)
		fail("format: too many arguments", fmt);
	return buf_to_string(&b);
}

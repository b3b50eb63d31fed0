/* The reader: text to data. Lists are read iteratively along their
 * elements and recursively into nested lists, up to MAX_DEPTH. Each list
 * read remembers its line (source_line) for error messages; the table is
 * keyed by address, so it is valid until the next collection and is
 * cleared after each top-level form. */
#include <stdlib.h>
#include <string.h>
#include "scheme1.h"

static obj *line_keys;
static int *line_vals;
static size_t line_size, line_count;

/* line_slot: the index of pair's entry, or of the free one where it belongs */
static size_t line_slot(obj pair)
{
	size_t i = (pair >> 3) & (line_size - 1);
	while (line_keys[i] && line_keys[i] != pair)
		i = (i + 1) & (line_size - 1);
	return i;
}

static void note_line(obj pair, int line)
{
	size_t i;
	if (2 * (line_count + 1) > line_size) {
		obj *ok = line_keys;
		int *ov = line_vals;
		size_t os = line_size;
		line_size = line_size ? 2 * line_size : 1024;
		line_keys = xmalloc(line_size * sizeof *line_keys);
		line_vals = xmalloc(line_size * sizeof *line_vals);
		memset(line_keys, 0, line_size * sizeof *line_keys);
		line_count = 0;
		for (i = 0; i < os; i++)
			if (ok[i])
				note_line(ok[i], ov[i]);
		free(ok);
		free(ov);
	}
	i = line_slot(pair);
	if (!line_keys[i])
		line_count++;
	line_keys[i] = pair;
	line_vals[i] = line;
}

int source_line(obj pair)
{
	size_t i;
	if (!line_size || !IS_PAIR(pair))
		return 0;
	i = line_slot(pair);
	return line_keys[i] ? line_vals[i] : 0;
}

void source_lines_clear(void)
{
	if (line_count)
		memset(line_keys, 0, line_size * sizeof *line_keys);
	line_count = 0;
}

static void read_error(struct reader *r, const char *msg)
{
	fail_location(r->file, r->line, msg, NIL);
}

static int is_delimiter(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	       c == '(' || c == ')' || c == '[' || c == ']' || c == '"' || c == ';';
}

static obj read_inner(struct reader *r, int depth);

/* skip_space: whitespace and comments; returns the next byte or -1 */
static int skip_space(struct reader *r)
{
	while (r->p < r->end) {
		int c = *r->p;
		if (c == '\n') {
			r->line++;
			r->p++;
		} else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
			r->p++;
		} else if (c == ';') {
			while (r->p < r->end && *r->p != '\n')
				r->p++;
		} else if (c == '#' && r->p + 1 < r->end && r->p[1] == '|') {
			int nest = 1;
			r->p += 2;
			while (nest > 0) {
				if (r->p >= r->end)
					read_error(r, "read: unterminated #| comment");
				if (*r->p == '\n')
					r->line++;
				if (r->p + 1 < r->end && r->p[0] == '|' && r->p[1] == '#') {
					nest--;
					r->p += 2;
				} else if (r->p + 1 < r->end && r->p[0] == '#' && r->p[1] == '|') {
					nest++;
					r->p += 2;
				} else {
					r->p++;
				}
			}
		} else if (c == '#' && r->p + 1 < r->end && r->p[1] == ';') {
			r->p += 2;
			read_inner(r, 0);
		} else {
			return c;
		}
	}
	return -1;
}

static int digit_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return 99;
}

/* parse_integer: s[0..n) in radix as an integer object, or FALSE */
obj parse_integer(const unsigned char *s, size_t n, int radix)
{
	uint64_t v = 0;
	int neg = 0;
	size_t i = 0;
	if (n > 0 && (s[0] == '-' || s[0] == '+')) {
		neg = s[0] == '-';
		i = 1;
	}
	if (i == n)
		return FALSE;
	for (; i < n; i++) {
		int d = digit_value(s[i]);
		if (d >= radix)
			return FALSE;
		v = v * (uint64_t)radix + (uint64_t)d;
	}
	return make_int(neg ? (int64_t)(0 - v) : (int64_t)v);
}

static const struct {
	const char *name;
	int value;
} char_names[] = {
	{"space", ' '}, {"newline", '\n'}, {"tab", '\t'}, {"return", '\r'},
	{"null", 0}, {"nul", 0}, {"alarm", 7}, {"backspace", 8}, {"delete", 127},
	{"escape", 27}, {"linefeed", '\n'}, {0, 0}
};

static obj read_char(struct reader *r)
{
	const unsigned char *start = r->p;
	size_t n;
	int i;
	if (r->p >= r->end)
		read_error(r, "read: bad character literal");
	r->p++;
	while (r->p < r->end && !is_delimiter(*r->p))
		r->p++;
	n = (size_t)(r->p - start);
	if (n == 1)
		return FIX(start[0]);
	if (start[0] == 'x' && n <= 3) {
		obj v = parse_integer(start + 1, n - 1, 16);
		if (v != FALSE)
			return v;
	}
	for (i = 0; char_names[i].name; i++)
		if (strlen(char_names[i].name) == n && memcmp(char_names[i].name, start, n) == 0)
			return FIX(char_names[i].value);
	read_error(r, "read: unknown character name");
	return FALSE;
}

static obj read_string(struct reader *r)
{
	struct buf b = {0, 0, 0};
	for (;;) {
		int c;
		if (r->p >= r->end)
			read_error(r, "read: unterminated string");
		c = *r->p++;
		if (c == '"')
			break;
		if (c == '\n')
			r->line++;
		if (c == '\\') {
			if (r->p >= r->end)
				read_error(r, "read: unterminated string");
			c = *r->p++;
			switch (c) {
			case 'n': c = '\n'; break;
			case 't': c = '\t'; break;
			case 'r': c = '\r'; break;
			case 'a': c = 7; break;
			case '0': c = 0; break;
			case '\\': case '"': break;
			case 'x': {
				int v = 0;
				while (r->p < r->end && *r->p != ';') {
					int d = digit_value(*r->p++);
					if (d >= 16)
						read_error(r, "read: bad \\x escape in string");
					v = v * 16 + d;
				}
				if (r->p >= r->end)
					read_error(r, "read: unterminated string");
				r->p++;
				c = v & 0xff;
				break;
			}
			case '\n':
				r->line++;
				while (r->p < r->end && (*r->p == ' ' || *r->p == '\t'))
					r->p++;
				continue;
			default:
				read_error(r, "read: unknown string escape");
			}
		}
		buf_byte(&b, c);
	}
	return buf_to_string(&b);
}

static obj read_atom(struct reader *r)
{
	const unsigned char *start = r->p;
	size_t n;
	obj v;
	while (r->p < r->end && !is_delimiter(*r->p))
		r->p++;
	n = (size_t)(r->p - start);
	if (start[0] == '#') {
		int hex = n > 2 && (start[1] == 'x' || start[1] == 'X');
		if ((n == 2 && start[1] == 't') || (n == 5 && memcmp(start, "#true", 5) == 0))
			return TRUE;
		if ((n == 2 && start[1] == 'f') || (n == 6 && memcmp(start, "#false", 6) == 0))
			return FALSE;
		if (hex || (n > 2 && (start[1] == 'd' || start[1] == 'D'))) {
			v = parse_integer(start + 2, n - 2, hex ? 16 : 10);
			if (v != FALSE)
				return v;
		}
		read_error(r, "read: bad # syntax");
	}
	if ((start[0] >= '0' && start[0] <= '9') ||
	    (n > 1 && (start[0] == '-' || start[0] == '+'))) {
		v = parse_integer(start, n, 10);
		if (v != FALSE)
			return v;
	}
	return intern((const char *)start, n);
}

static obj read_list(struct reader *r, int close, int depth)
{
	obj head = NIL, *tail = &head;
	int line = r->line;
	for (;;) {
		int c = skip_space(r);
		if (c < 0)
			fail_location(r->file, line, "read: missing closing parenthesis for the list opened here", NIL);
		if (c == ')' || c == ']') {
			if (c != close)
				read_error(r, "read: mismatched parenthesis");
			r->p++;
			break;
		}
		if (c == '.' && r->p + 1 < r->end && is_delimiter(r->p[1]) && head != NIL) {
			r->p++;
			*tail = read_inner(r, depth + 1);
			c = skip_space(r);
			if (c != close)
				read_error(r, "read: bad dotted list");
			r->p++;
			break;
		}
		*tail = cons(read_inner(r, depth + 1), NIL);
		if (tail == &head)
			note_line(head, line);
		tail = &CDR(*tail);
	}
	return head;
}

static obj read_bytevector(struct reader *r, int depth)
{
	obj list = read_list(r, ')', depth), bv, p;
	size_t i = 0;
	int n = list_length(list);
	if (n < 0)
		read_error(r, "read: bad bytevector");
	bv = make_bytes((size_t)n, 0);
	for (p = list; p != NIL; p = CDR(p)) {
		if (!IS_FIX(CAR(p)) || FIXVAL(CAR(p)) < 0 || FIXVAL(CAR(p)) > 255)
			read_error(r, "read: bytevector element is not a byte");
		BYTES_DATA(bv)[i++] = (unsigned char)FIXVAL(CAR(p));
	}
	return bv;
}

static obj read_quoted(struct reader *r, const char *name, int depth)
{
	int line = r->line;
	obj q = cons(intern_c(name), cons(read_inner(r, depth + 1), NIL));
	note_line(q, line);
	return q;
}

static obj read_inner(struct reader *r, int depth)
{
	int c;
	if (depth > MAX_DEPTH)
		read_error(r, "read: nesting too deep");
	c = skip_space(r);
	if (c < 0)
		read_error(r, "read: unexpected end of file");
	switch (c) {
	case '(':
		r->p++;
		return read_list(r, ')', depth);
	case '[':
		r->p++;
		return read_list(r, ']', depth);
	case ')': case ']':
		read_error(r, "read: unexpected closing parenthesis");
		break;
	case '"':
		r->p++;
		return read_string(r);
	case '\'':
		r->p++;
		return read_quoted(r, "quote", depth);
	case '`':
		r->p++;
		return read_quoted(r, "quasiquote", depth);
	case ',':
		r->p++;
		if (r->p < r->end && *r->p == '@') {
			r->p++;
			return read_quoted(r, "unquote-splicing", depth);
		}
		return read_quoted(r, "unquote", depth);
	case '#':
		if (r->p + 1 < r->end && r->p[1] == '\\') {
			r->p += 2;
			return read_char(r);
		}
		if (r->p + 3 < r->end && memcmp(r->p, "#u8(", 4) == 0) {
			r->p += 4;
			return read_bytevector(r, depth);
		}
		break;
	}
	return read_atom(r);
}

obj read_datum(struct reader *r)
{
	if (skip_space(r) < 0)
		return EOF_OBJ;
	return read_inner(r, 0);
}

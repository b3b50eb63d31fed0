// lex.b: cc0's sources, preprocessor and tokens.
//
// The input is a stack of sources: the file being compiled, the files it
// includes, and the text of each macro being expanded. next() reads the
// next token of the top source; at a source's end it pops it. A '#' first
// on a line is a directive, done at once: #include pushes the file,
// #define keeps the rest of the line as the macro's text, a false #ifdef
// skips lines up to its #else or #endif. A name that is a macro pushes its
// text (unless that macro is already being expanded). Names are interned.

// the current token: kind, number value and type, string bytes and
// length, interned name
long tok;
long tok_val;
long *tok_type;
char *tok_str;
long tok_len;
long *tok_sym;

// the top source, read in place: the position, line, file name, its
// directory, the record of the source below (0: none), at a line's start
char *lp;
long line;
char *cur_file;
char *cur_dir;
long *src;
long bol;
long cond_depth;

long *buckets;

// ---------------------------------------------------------------- names

// intern(p, n): the symbol of the n bytes at p, made if new
long *intern(char *p, long n)
{
	long h = 0;
	long i = 0;
	long *s;
	char *name;
	while (i < n) {
		h = h * 31 + p[i];
		i++;
	}
	h = h & (NBUCKET - 1);
	for (s = buckets[h]; s; s = s[S_NEXT])
		if (s[S_LEN] == n && mem_eq(s[S_NAME], p, n))
			return s;
	s = alloc(S_SIZE * 8);
	name = alloc(n + 1);
	mem_copy(name, p, n);
	s[S_NAME] = name;
	s[S_LEN] = n;
	s[S_NEXT] = buckets[h];
	buckets[h] = s;
	return s;
}

// keyword(name, t): make the name a keyword
void keyword(char *name, long t)
{
	long *s = intern(name, str_len(name));
	s[S_KW] = t;
}

// init_lex(): the table of names and the keywords
void init_lex()
{
	buckets = alloc(NBUCKET * 8);
	keyword("void", K_VOID);
	keyword("char", K_CHAR);
	keyword("short", K_SHORT);
	keyword("int", K_INT);
	keyword("long", K_LONG);
	keyword("signed", K_SIGNED);
	keyword("unsigned", K_UNSIGNED);
	keyword("struct", K_STRUCT);
	keyword("union", K_UNION);
	keyword("enum", K_ENUM);
	keyword("typedef", K_TYPEDEF);
	keyword("extern", K_EXTERN);
	keyword("static", K_STATIC);
	keyword("const", K_CONST);
	keyword("volatile", K_VOLATILE);
	keyword("register", K_REGISTER);
	keyword("auto", K_AUTO);
	keyword("inline", K_INLINE);
	keyword("if", K_IF);
	keyword("else", K_ELSE);
	keyword("while", K_WHILE);
	keyword("do", K_DO);
	keyword("for", K_FOR);
	keyword("switch", K_SWITCH);
	keyword("case", K_CASE);
	keyword("default", K_DEFAULT);
	keyword("break", K_BREAK);
	keyword("continue", K_CONTINUE);
	keyword("return", K_RETURN);
	keyword("sizeof", K_SIZEOF);
	keyword("goto", K_GOTO);
	keyword("__syscall", K_SYSCALL);
}

// the characters of names and numbers
long is_alpha(long c) { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'; }
long is_digit(long c) { return c >= '0' && c <= '9'; }
long is_alnum(long c) { return is_alpha(c) || is_digit(c); }

// ---------------------------------------------------------------- sources

// push_source(text, file, dir, macro): text becomes the top source
void push_source(char *text, char *file, char *dir, long *macro)
{
	long *r = alloc(SR_SIZE * 8);
	r[SR_PREV] = src;
	r[SR_P] = lp;
	r[SR_LINE] = line;
	r[SR_FILE] = cur_file;
	r[SR_DIR] = cur_dir;
	r[SR_MACRO] = macro;
	r[SR_COND] = cond_depth;
	src = r;
	lp = text;
	if (macro) {
		macro[S_ACTIVE] = 1;
		bol = 0;
	} else {
		line = 1;
		cur_file = file;
		cur_dir = dir;
		bol = 1;
	}
}

// pop_source(): back to the source below the top one; 0 at the end of
// the file being compiled
long pop_source()
{
	long *r = src;
	long *m = r[SR_MACRO];
	if (m)
		m[S_ACTIVE] = 0;
	else if (cond_depth != r[SR_COND])
		error("unterminated #ifdef");
	if (r[SR_PREV] == 0)
		return 0;
	src = r[SR_PREV];
	lp = r[SR_P];
	line = r[SR_LINE];
	cur_file = r[SR_FILE];
	cur_dir = r[SR_DIR];
	bol = 0;
	return 1;
}

// dir_of(path): the directory part of path with its '/', or ""
char *dir_of(char *path)
{
	long n = str_len(path);
	char *d;
	while (n > 0 && path[n - 1] != '/')
		n--;
	d = alloc(n + 1);
	mem_copy(d, path, n);
	return d;
}

// open_file(path): make the file the source; 0 if it cannot be opened
long open_file(char *path)
{
	char *text = read_file(path);
	if (text == 0)
		return 0;
	push_source(text, path, dir_of(path), 0);
	return 1;
}

// start_file(path): the first source of a compilation
void start_file(char *path)
{
	src = 0;
	cond_depth = 0;
	if (!open_file(path))
		die_file(path, "cannot open");
	next();
}

// ---------------------------------------------------------------- directives

// skip_blank(): spaces and tabs (not newlines)
void skip_blank()
{
	while (*lp == ' ' || *lp == '\t' || *lp == '\r')
		lp++;
}

// skip_comment(): past a block comment (lp at its "/*")
void skip_comment()
{
	long start = line;
	lp = lp + 2;
	while (!(*lp == '*' && lp[1] == '/')) {
		if (*lp == 0) {
			tok_line = start;
			tok_file = cur_file;
			error("unterminated comment");
		}
		if (*lp == '\n')
			line++;
		lp++;
	}
	lp = lp + 2;
}

// end_line(): skip what is left of the line, comments included, up to
// (not past) its newline
void end_line()
{
	while (*lp && *lp != '\n') {
		if (*lp == '/' && lp[1] == '*')
			skip_comment();
		else if (*lp == '/' && lp[1] == '/') {
			while (*lp && *lp != '\n')
				lp++;
		} else
			lp++;
	}
}

// dir_name(): the name after a directive's '#' or a directive's name;
// its symbol, or 0 if there is none
long *dir_name()
{
	char *s;
	skip_blank();
	s = lp;
	while (is_alnum(*lp))
		lp++;
	if (lp == s)
		return 0;
	return intern(s, lp - s);
}

// is_dir(s, name): the symbol s is the directive name
long is_dir(long *s, char *name) { return s && str_eq(s[S_NAME], name); }

// skip_group(else_ok): skip lines up to the #endif of the group (or its
// #else if else_ok), nested groups included; lp is on the directive's
// line
void skip_group(long else_ok)
{
	long depth = 0;
	long *d;
	while (1) {
		end_line();
		if (*lp == 0)
			error("unterminated #ifdef");
		lp++;
		line++;
		skip_blank();
		if (*lp == '#') {
			lp++;
			d = dir_name();
			if (is_dir(d, "ifdef") || is_dir(d, "ifndef") || is_dir(d, "if"))
				depth++;
			else if (is_dir(d, "endif")) {
				if (depth == 0) {
					cond_depth--;
					return;
				}
				depth--;
			} else if (is_dir(d, "else") && depth == 0 && else_ok)
				return;
		}
	}
}

// directive_name(): the name a directive names; error if none
long *directive_name()
{
	long *s = dir_name();
	if (s == 0)
		error("expected a name");
	return s;
}

// do_define(): #define NAME text; the text is the rest of the line
// (continued by a '\' at its end), comments made spaces
void do_define()
{
	long *s = directive_name();
	char *t;
	long n = 0;
	long *m;
	long q;
	if (*lp == '(')
		error("function-like macros are not in C0");
	skip_blank();
	// the text is never longer than what is left of the line
	t = heap_free;
	while (*lp && *lp != '\n') {
		heap_need(n + 2);
		if (*lp == '\\' && lp[1] == '\n') {
			t[n++] = ' ';
			lp = lp + 2;
			line++;
		} else if (*lp == '/' && lp[1] == '/') {
			end_line();
		} else if (*lp == '/' && lp[1] == '*') {
			skip_comment();
			t[n++] = ' ';
		} else if (*lp == '"' || *lp == '\'') {
			q = *lp;
			t[n++] = *lp++;
			while (*lp && *lp != '\n' && *lp != q) {
				heap_need(n + 3);
				if (*lp == '\\' && lp[1] != '\n')
					t[n++] = *lp++;
				t[n++] = *lp++;
			}
			if (*lp == q)
				t[n++] = *lp++;
		} else
			t[n++] = *lp++;
	}
	t[n] = 0;
	alloc(n + 1);
	m = alloc(16);
	m[0] = t;
	m[1] = n;
	s[S_MACRO] = m;
	file_name(s);
}

// include_path(name, dir): dir then name, as one path
char *include_path(char *dir, char *name)
{
	if (*name == '/')
		return name;
	return str_cat(dir, name);
}

// do_include(): #include "file" (its directory, then the -I ones) or
// <file> (the -I directories)
void do_include()
{
	char *s;
	char *name;
	long close;
	long i;
	long n;
	skip_blank();
	if (*lp == '"')
		close = '"';
	else if (*lp == '<')
		close = '>';
	else
		error("expected \"file\" after #include");
	s = ++lp;
	while (*lp && *lp != close && *lp != '\n')
		lp++;
	if (*lp != close)
		error("expected \"file\" after #include");
	n = lp - s;
	name = alloc(n + 1);
	mem_copy(name, s, n);
	lp++;
	end_line();
	if (close == '"' && open_file(include_path(cur_dir, name)))
		return;
	for (i = 0; i < n_inc; i++)
		if (open_file(include_path(str_cat(inc_dirs[i], "/"), name)))
			return;
	error_name("cannot open include file", name, n);
}

// directive(): the line at lp, which starts with '#'
void directive()
{
	long *d;
	long *s;
	tok_file = cur_file;
	tok_line = line;
	lp++;
	d = dir_name();
	if (d == 0) {
		end_line();
	} else if (is_dir(d, "include")) {
		do_include();
	} else if (is_dir(d, "define")) {
		do_define();
	} else if (is_dir(d, "undef")) {
		s = directive_name();
		s[S_MACRO] = 0;
		end_line();
	} else if (is_dir(d, "ifdef") || is_dir(d, "ifndef")) {
		s = directive_name();
		cond_depth++;
		if ((s[S_MACRO] != 0) != is_dir(d, "ifdef"))
			skip_group(1);
		else
			end_line();
	} else if (is_dir(d, "else")) {
		if (cond_depth <= src[SR_COND])
			error("#else without #ifdef");
		skip_group(0);
	} else if (is_dir(d, "endif")) {
		if (cond_depth <= src[SR_COND])
			error("#endif without #ifdef");
		cond_depth--;
		end_line();
	} else
		error_sym("unknown directive", d);
}

// ---------------------------------------------------------------- tokens

// escape(): the value of a character or escape in a literal at lp
long escape()
{
	long c = *lp++;
	long v;
	long n;
	if (c != '\\')
		return c;
	c = *lp++;
	if (c == 'n') return 10;
	if (c == 't') return 9;
	if (c == 'r') return 13;
	if (c == 'a') return 7;
	if (c == 'b') return 8;
	if (c == 'f') return 12;
	if (c == 'v') return 11;
	if (c == 'e') return 27;
	if (c == '\\' || c == '\'' || c == '"' || c == '?')
		return c;
	if (c >= '0' && c <= '7') {
		v = c - '0';
		n = 1;
		while (n < 3 && *lp >= '0' && *lp <= '7') {
			v = v * 8 + *lp++ - '0';
			n++;
		}
		return v & 255;
	}
	if (c == 'x') {
		v = 0;
		n = 0;
		while (hex_digit(*lp) >= 0) {
			v = v * 16 + hex_digit(*lp++);
			n++;
		}
		if (n == 0)
			error("expected hex digits after \\x");
		return v & 255;
	}
	error("unknown escape");
}

// hex_digit(c): the value of the hex digit c, or -1
long hex_digit(long c)
{
	if (c >= '0' && c <= '9') return c - '0';
	if (c >= 'a' && c <= 'f') return c - 'a' + 10;
	if (c >= 'A' && c <= 'F') return c - 'A' + 10;
	return -1;
}

// lex_number(): a decimal, octal or hex constant with its suffixes; its
// type is the first of C's list for its form that holds it
void lex_number()
{
	long v = 0;
	long base = 10;
	long d;
	long uns = 0;
	long lng = 0;
	long digits = 0;
	if (*lp == '0' && (lp[1] == 'x' || lp[1] == 'X')) {
		base = 16;
		lp = lp + 2;
	} else if (*lp == '0')
		base = 8;
	while (1) {
		d = hex_digit(*lp);
		if (d < 0 || d >= base)
			break;
		v = v * base + d;
		lp++;
		digits++;
	}
	if (digits == 0)
		error("bad number");
	while (1) {
		if (*lp == 'u' || *lp == 'U')
			uns++;
		else if (*lp == 'l' || *lp == 'L')
			lng++;
		else
			break;
		lp++;
	}
	if (uns > 1 || lng > 2 || is_alnum(*lp))
		error("bad number");
	tok = T_NUM;
	tok_val = v;
	// fits: int if 0 <= v < 2^31, unsigned int if v < 2^32, long if v >= 0
	if (lng == 0 && !uns && v >= 0 && (v >> 31) == 0)
		tok_type = t_int;
	else if (lng == 0 && (uns || base != 10) && v >= 0 && (v >> 32) == 0)
		tok_type = t_uint;
	else if (!uns && v >= 0)
		tok_type = t_long;
	else if (uns || base != 10)
		tok_type = t_ulong;
	else
		error("number too large");
}

// lex_string(): "..." decoded into new memory (tok_str, tok_len)
void lex_string()
{
	char *s;
	char *p = lp + 1;
	long n = 0;
	// the decoded text is no longer than the source text
	while (*p != '"') {
		if (*p == 0 || *p == '\n')
			error("unterminated string");
		if (*p == '\\' && p[1])
			p++;
		p++;
	}
	s = alloc(p - lp);
	lp++;
	while (*lp != '"')
		s[n++] = escape();
	lp++;
	tok = T_STR;
	tok_str = s;
	tok_len = n;
}

// punct(): an operator or punctuator at lp
void punct()
{
	long c = *lp;
	long d = lp[1];
	long e = lp[2];
	long t = 0;
	long n = 2;
	if (c == '-' && d == '>') t = P_ARROW;
	else if (c == '+' && d == '+') t = P_INC;
	else if (c == '-' && d == '-') t = P_DEC;
	else if (c == '<' && d == '<' && e == '=') { t = P_SHLEQ; n = 3; }
	else if (c == '>' && d == '>' && e == '=') { t = P_SHREQ; n = 3; }
	else if (c == '.' && d == '.' && e == '.') { t = P_ELLIPSIS; n = 3; }
	else if (c == '<' && d == '<') t = P_SHL;
	else if (c == '>' && d == '>') t = P_SHR;
	else if (c == '&' && d == '&') t = P_ANDAND;
	else if (c == '|' && d == '|') t = P_OROR;
	else if (d == '=') {
		if (c == '<') t = P_LE;
		else if (c == '>') t = P_GE;
		else if (c == '=') t = P_EQ;
		else if (c == '!') t = P_NE;
		else if (c == '+') t = P_ADDEQ;
		else if (c == '-') t = P_SUBEQ;
		else if (c == '*') t = P_MULEQ;
		else if (c == '/') t = P_DIVEQ;
		else if (c == '%') t = P_MODEQ;
		else if (c == '&') t = P_ANDEQ;
		else if (c == '|') t = P_OREQ;
		else if (c == '^') t = P_XOREQ;
	}
	if (t == 0) {
		n = 1;
		t = c;
		if (!find_char("+-*/%&|^~!<>=?:;,.()[]{}", c))
			error_name("unexpected character", lp, 1);
	}
	lp = lp + n;
	tok = t;
}

// find_char(s, c): c is one of the bytes of s
long find_char(char *s, long c)
{
	while (*s) {
		if (*s == c)
			return 1;
		s++;
	}
	return 0;
}

// next(): read the next token
void next()
{
	long c;
	char *s;
	long *sym;
	long *m;
	while (1) {
		c = *lp;
		if (c == '\n') {
			line++;
			lp++;
			bol = 1;
		} else if (c == ' ' || c == '\t' || c == '\r' || c == 12 || c == 11) {
			lp++;
		} else if (c == '/' && lp[1] == '/') {
			while (*lp && *lp != '\n')
				lp++;
		} else if (c == '/' && lp[1] == '*') {
			skip_comment();
		} else if (c == '\\' && lp[1] == '\n') {
			lp = lp + 2;
			line++;
		} else if (c == 0) {
			if (!pop_source()) {
				tok = T_EOF;
				tok_file = cur_file;
				tok_line = line;
				return;
			}
		} else if (c == '#' && bol) {
			directive();
		} else {
			bol = 0;
			tok_file = cur_file;
			tok_line = line;
			if (!is_alpha(c))
				break;
			s = lp;
			while (is_alnum(*lp))
				lp++;
			sym = intern(s, lp - s);
			if (sym[S_MACRO] == 0 || sym[S_ACTIVE]) {
				tok_sym = sym;
				tok = T_IDENT;
				if (sym[S_KW])
					tok = sym[S_KW];
				return;
			}
			m = sym[S_MACRO];
			push_source(m[0], 0, 0, sym);
		}
	}
	if (is_digit(c))
		lex_number();
	else if (c == '"')
		lex_string();
	else if (c == '\'') {
		lp++;
		if (*lp == '\'' || *lp == '\n' || *lp == 0)
			error("bad character constant");
		tok_val = escape();
		if (*lp != '\'')
			error("bad character constant");
		lp++;
		tok = T_NUM;
		tok_type = t_int;
	} else
		punct();
}

// expect(t): skip the token t (one character) or fail: "expected ';'"
void expect(long t)
{
	char buf[8];
	if (tok == t) {
		next();
		return;
	}
	buf[0] = t;
	error_name("expected", buf, 1);
}

// accept(t): skip the token t if it is the current one; 1 if it was
long accept(long t)
{
	if (tok != t)
		return 0;
	next();
	return 1;
}

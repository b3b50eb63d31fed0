/* pp.c: the preprocessor (C99 6.10). pp_next gives the parser one token
 * at a time, macros expanded and directives done. The input is a list of
 * tokens: a file's, from lex.c, with each macro's expansion put in front
 * of the rest. Expansion follows Prosser's algorithm: every token carries
 * the set of macros it came out of (its hide set) and a name in its own
 * set is never expanded again. */
#include "cc1.h"

struct Macro {
	int fn;
	int nparams;
	int variadic;
	int builtin;
	Name **params;
	Tok *body;
};

/* a file read once: its tokens, and the unit that read #pragma once */
typedef struct Source Source;
struct Source {
	File *file;
	Tok *toks;
	int once;
	Source *next;
};

enum { B_FILE = 1, B_LINE, B_COUNTER, B_BASE, MAXINCL = 200, MAXCOND = 400 };

static Tok *in;
static Tok *incl_rest[MAXINCL];
static int incl_ncond[MAXINCL];
static int nincl;
static int cond_taken[MAXCOND];
static Tok *cond_tok[MAXCOND];
static int ncond;
static char *dirs[64];
static int ndirs, nquote;
static Source *sources;
static Buf predefs;
static Tok *eof_tok;
static int in_if;
static File *base_file;
static int counter, tu;
static Name *d_names[16];
static Name *n_defined, *n_va_args, *n_once;
static char *d_spell[] = {
	"define", "undef", "include", "if", "ifdef", "ifndef", "elif", "else", "endif",
	"line", "error", "warning", "pragma", "ident", "include_next", 0
};
enum { D_DEFINE, D_UNDEF, D_INCLUDE, D_IF, D_IFDEF, D_IFNDEF, D_ELIF, D_ELSE, D_ENDIF,
	D_LINE, D_ERROR, D_WARNING, D_PRAGMA, D_IDENT, D_INCLUDE_NEXT };

/* The macros every translation unit starts with, with the machine's
 * (arch_defs): what makes tcc, our libc and scheme1 configure
 * themselves for Linux. */
static char *builtin_defs =
	"#define __STDC__ 1\n#define __STDC_VERSION__ 199901L\n#define __STDC_HOSTED__ 1\n"
	"#define __linux__ 1\n#define __unix__ 1\n#define __ELF__ 1\n"
	"#define __ORDER_LITTLE_ENDIAN__ 1234\n#define __ORDER_BIG_ENDIAN__ 4321\n";

static Hide *hs_add(Hide *h, Name *n)
{
	Hide *e = alloc(sizeof(Hide));

	e->name = n;
	e->next = h;
	return e;
}

static int hs_has(Hide *h, Name *n)
{
	for (; h; h = h->next)
		if (h->name == n)
			return 1;
	return 0;
}

static Hide *hs_union(Hide *a, Hide *b)
{
	for (; a; a = a->next)
		if (!hs_has(b, a->name))
			b = hs_add(b, a->name);
	return b;
}

static Hide *hs_and(Hide *a, Hide *b)
{
	Hide *r = 0;

	for (; a; a = a->next)
		if (hs_has(b, a->name))
			r = hs_add(r, a->name);
	return r;
}

/* a copy of t, alone */
static Tok *new_tok(Tok *from)
{
	Tok *t = alloc(sizeof(Tok));

	*t = *from;
	t->next = 0;
	return t;
}

static int is_punct(Tok *t, int c)
{
	return t->kind == TK_PUNCT && t->punct == c;
}

static int is_ident(Tok *t, char *s)
{
	return t->kind == TK_IDENT && t->len == (int)strlen(s) && memcmp(t->s, s, t->len) == 0;
}

static Tok *new_eof(void)
{
	return new_tok(eof_tok);
}

/* copies of the tokens up to the end of the directive's line, ending
 * in an end of file */
static Tok *rest_of_line(void)
{
	Tok head;
	Tok *cur = &head;

	while (!(in->flags & TF_BOL) && in->kind != TK_EOF) {
		cur = cur->next = new_tok(in);
		in = in->next;
	}
	cur->next = new_eof();
	return head.next;
}

static void skip_line(Tok *d)
{
	if (!(in->flags & TF_BOL) && in->kind != TK_EOF && d)
		error_tok(in, cat("extra tokens after #", dupn(d->s, d->len)));
	while (!(in->flags & TF_BOL) && in->kind != TK_EOF)
		in = in->next;
}

/* one token from the text of p, which must hold exactly one */
static Tok *lex_one(Tok *where, char *p, long n, char *what)
{
	Tok *t = lex(where->file, p, n);

	if (t->kind == TK_EOF || t->next->kind != TK_EOF)
		error_tok(where, what);
	t->file = where->file;
	t->line = where->line;
	t->flags = where->flags & ~TF_BOL;
	t->next = 0;
	return t;
}

static Tok *stringize(Tok *where, Tok *arg)
{
	Buf b = {0};
	char *p;
	int i;

	buf_byte(&b, '"');
	for (; arg->kind != TK_EOF; arg = arg->next) {
		if (b.len > 1 && (arg->flags & (TF_SPACE | TF_BOL)))
			buf_byte(&b, ' ');
		p = arg->s;
		for (i = 0; i < arg->len; i++) {
			if ((arg->kind == TK_STR || arg->kind == TK_CHAR) && (p[i] == '"' || p[i] == '\\'))
				buf_byte(&b, '\\');
			buf_byte(&b, p[i]);
		}
	}
	buf_byte(&b, '"');
	return lex_one(where, b.p, b.len, "bad stringized token");
}

static Tok *paste(Tok *a, Tok *b)
{
	Buf buf = {0};

	buf_add(&buf, a->s, a->len);
	buf_add(&buf, b->s, b->len);
	return lex_one(a, buf.p, buf.len,
		cat(cat("pasting ", cat(tok_str(a), cat(" and ", tok_str(b)))),
		    " does not give a valid token"));
}

static int expand(Tok *t);

/* the tokens of a list, macros expanded, with nothing after them taken
 * into the expansion */
static Tok *expand_list(Tok *list)
{
	Tok *saved = in;
	Tok head;
	Tok *cur = &head;
	Tok *t;
	int n;

	in = list;
	for (;;) {
		t = in;
		if (t->kind == TK_EOF)
			break;
		in = t->next;
		if (in_if && t->kind == TK_IDENT && t->name == n_defined) {
			/* the operand of defined is not expanded */
			cur = cur->next = new_tok(t);
			n = is_punct(in, '(') ? 3 : 1;
			while (n-- && in->kind != TK_EOF) {
				cur = cur->next = new_tok(in);
				in = in->next;
			}
			continue;
		}
		if (t->kind == TK_IDENT && t->name->mac && !hs_has(t->hs, t->name) && expand(t))
			continue;
		cur = cur->next = new_tok(t);
	}
	cur->next = t;
	in = saved;
	return head.next;
}

/* the arguments of a call of macro m, after its '(': raw token lists,
 * each ending in an end of file */
static Tok **read_args(Macro *m, Tok *name, Tok **rparen)
{
	Tok **args = alloc(sizeof(Tok *) * (m->nparams + 1));
	Tok head;
	Tok *cur = &head;
	Tok *t;
	int depth = 0, n = 0;

	in = in->next;
	for (;;) {
		t = in;
		if (t->kind == TK_EOF)
			error_tok(name, cat("unterminated call of macro ", tok_str(name)));
		in = t->next;
		if (depth == 0 && is_punct(t, ')'))
			break;
		if (depth == 0 && is_punct(t, ',') && !(m->variadic && n == m->nparams - 1)) {
			cur->next = new_eof();
			if (n < m->nparams)
				args[n] = head.next;
			n++;
			cur = &head;
			head.next = 0;
			continue;
		}
		if (is_punct(t, '('))
			depth++;
		if (is_punct(t, ')'))
			depth--;
		cur = cur->next = new_tok(t);
	}
	cur->next = new_eof();
	if (n < m->nparams)
		args[n] = head.next;
	n++;
	if (m->nparams == 0 && n == 1 && head.next->kind == TK_EOF)
		n = 0;
	if (n < m->nparams && m->variadic && n == m->nparams - 1)
		args[n++] = new_eof();
	if (n != m->nparams)
		error_tok(name, cat("wrong number of arguments for macro ", tok_str(name)));
	*rparen = t;
	return args;
}

/* a copy of list (up to its end of file) after cur; the new last token */
static Tok *append(Tok *cur, Tok *list)
{
	for (; list->kind != TK_EOF; list = list->next)
		cur = cur->next = new_tok(list);
	return cur;
}

/* the replacement of a function-like macro: arguments substituted,
 * # and ## done */
static Tok *substitute(Macro *m, Tok **args, Tok *name)
{
	Tok **expanded = alloc(sizeof(Tok *) * (m->nparams + 1));
	Tok head;
	Tok *cur = &head;
	Tok *t, *arg, *prev;
	int i, placemarker = 0;

	head.next = 0;
	for (t = m->body; t; t = t->next) {
		if (is_punct(t, '#') && t->next && t->next->kind == TK_IDENT && t->next->punct) {
			cur = cur->next = stringize(t, args[t->next->punct - 1]);
			cur->flags = (cur->flags & ~TF_SPACE) | (t->flags & TF_SPACE);
			t = t->next;
			placemarker = 0;
			continue;
		}
		if (is_punct(t, P_PASTE) && t->next) {
			t = t->next;
			arg = t->kind == TK_IDENT && t->punct ? args[t->punct - 1] : 0;
			if (arg && m->variadic && t->punct == m->nparams && cur != &head &&
			    is_punct(cur, ',') && !placemarker) {
				/* GNU: a comma before ## __VA_ARGS__ goes when there are none */
				if (arg->kind == TK_EOF) {
					for (prev = &head; prev->next != cur; prev = prev->next)
						;
					prev->next = 0;
					cur = prev;
				} else {
					cur = append(cur, arg);
				}
				continue;
			}
			if (arg && arg->kind == TK_EOF)
				continue;
			if (placemarker || cur == &head) {
				cur = arg ? append(cur, arg) : (cur->next = new_tok(t));
				placemarker = 0;
				continue;
			}
			for (prev = &head; prev->next != cur; prev = prev->next)
				;
			cur = prev->next = paste(cur, arg ? arg : t);
			if (arg)
				cur = append(cur, arg->next);
			continue;
		}
		if (t->kind == TK_IDENT && t->punct) {
			i = t->punct - 1;
			arg = args[i];
			prev = cur;
			if (t->next && is_punct(t->next, P_PASTE)) {
				placemarker = arg->kind == TK_EOF;
				cur = append(cur, arg);
			} else {
				if (!expanded[i])
					expanded[i] = expand_list(arg);
				cur = append(cur, expanded[i]);
				placemarker = 0;
			}
			if (prev != cur)
				prev->next->flags = (prev->next->flags & ~TF_SPACE) | (t->flags & TF_SPACE);
			continue;
		}
		cur = cur->next = new_tok(t);
		cur->file = name->file;
		cur->line = name->line;
		placemarker = 0;
	}
	return head.next;
}

static Tok *num_tok(Tok *where, long v)
{
	char *s = num_str(v);

	return lex_one(where, s, strlen(s), "bad number");
}

static Tok *str_tok(Tok *where, char *s)
{
	Buf b = {0};

	buf_byte(&b, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			buf_byte(&b, '\\');
		buf_byte(&b, *s);
	}
	buf_byte(&b, '"');
	return lex_one(where, b.p, b.len, "bad string");
}

/* Expands the macro named by t, taken from the input, putting the result
 * in front of the input; 0 if it is a function-like macro without '('. */
static int expand(Tok *t)
{
	Macro *m = t->name->mac;
	Tok *body, *rparen, *cur;
	Hide *hs;

	if (m->builtin) {
		if (m->builtin == B_FILE)
			body = str_tok(t, t->file->name);
		else if (m->builtin == B_LINE)
			body = num_tok(t, t->line);
		else if (m->builtin == B_COUNTER)
			body = num_tok(t, counter++);
		else
			body = str_tok(t, base_file->name);
		body->flags = t->flags;
		body->next = in;
		in = body;
		return 1;
	}
	if (!m->fn) {
		body = substitute(m, 0, t);
		hs = hs_add(t->hs, t->name);
	} else {
		if (!is_punct(in, '('))
			return 0;
		body = substitute(m, read_args(m, t, &rparen), t);
		hs = hs_add(hs_and(t->hs, rparen->hs), t->name);
	}
	if (!body) {
		/* an expansion to nothing leaves its white space to what follows:
		 * a EMPTY(b) stringizes as "a (b)", as gcc has it */
		if (in && (t->flags & (TF_SPACE | TF_BOL)) && !(in->flags & TF_SPACE)) {
			cur = alloc(sizeof(Tok));
			memcpy(cur, in, sizeof(Tok));
			cur->flags |= TF_SPACE;
			in = cur;
		}
		return 1;
	}
	for (cur = body;; cur = cur->next) {
		cur->hs = hs_union(cur->hs, hs);
		if (cur->flags & TF_BOL)
			cur->flags |= TF_SPACE;
		cur->flags = (cur->flags & ~TF_BOL) | TF_MACRO;
		if (!cur->next)
			break;
	}
	body->flags = (body->flags & ~(TF_SPACE | TF_BOL)) | (t->flags & (TF_SPACE | TF_BOL));
	cur->next = in;
	in = body;
	return 1;
}

static void define(Tok *d)
{
	Tok *t = in;
	Macro *m = alloc(sizeof(Macro));
	Name *params[128];
	Tok *p;
	int i;

	if (t->kind != TK_IDENT || (t->flags & TF_BOL))
		error_tok(d, "expected a macro name after #define");
	in = t->next;
	if (is_punct(in, '(') && !(in->flags & (TF_SPACE | TF_BOL))) {
		m->fn = 1;
		in = in->next;
		while (!is_punct(in, ')')) {
			if (m->nparams && !is_punct(in, ','))
				error_tok(in, "expected ',' or ')' in the macro's parameters");
			if (m->nparams)
				in = in->next;
			/* ... is __VA_ARGS__; GNU's name... names the rest */
			if (is_punct(in, P_ELLIPSIS)) {
				params[m->nparams++] = n_va_args;
			} else {
				if (in->kind != TK_IDENT || (in->flags & TF_BOL) || m->nparams == 127)
					error_tok(in, "expected a parameter name");
				params[m->nparams++] = in->name;
				in = in->next;
			}
			if (is_punct(in, P_ELLIPSIS)) {
				m->variadic = 1;
				in = in->next;
				break;
			}
		}
		if (!is_punct(in, ')') || (in->flags & TF_BOL))
			error_tok(in, "expected ')' after the macro's parameters");
		in = in->next;
		m->params = alloc(sizeof(Name *) * (m->nparams + 1));
		memcpy(m->params, params, sizeof(Name *) * m->nparams);
	}
	m->body = rest_of_line();
	for (p = m->body; p; p = p->next) {
		if (p->next && p->next->kind == TK_EOF)
			p->next = 0;
		p->punct = p->kind == TK_PUNCT ? p->punct : 0;
		if (p->kind == TK_IDENT)
			for (i = 0; i < m->nparams; i++)
				if (p->name == m->params[i])
					p->punct = i + 1;
	}
	if (m->body->kind == TK_EOF)
		m->body = 0;
	else
		m->body->flags &= ~TF_SPACE;
	t->name->mac = m;
}

static int incl_base(void)
{
	return nincl ? incl_ncond[nincl - 1] : 0;
}

/* the spellings of a list of tokens, as one line */
static char *tok_line(Tok *t)
{
	Buf b = {0};

	for (; t->kind != TK_EOF; t = t->next) {
		buf_byte(&b, ' ');
		buf_add(&b, t->s, t->len);
	}
	buf_byte(&b, 0);
	return b.p;
}

static Source *find_source(char *path)
{
	Source *s;
	long n;
	char *text;

	for (s = sources; s; s = s->next)
		if (streq(s->file->path, path))
			return s;
	text = read_file(path, &n);
	if (!text)
		return 0;
	s = alloc(sizeof(Source));
	s->file = alloc(sizeof(File));
	s->file->name = path;
	s->file->path = path;
	s->toks = lex(s->file, text, n);
	s->next = sources;
	sources = s;
	return s;
}

static char *dir_of(char *path)
{
	long i = strlen(path);

	while (i > 0 && path[i - 1] != '/')
		i--;
	return dupn(path, i);
}

/* #include "name" looks beside the including file first, then where
 * #include <name> looks: the -I directories, then the -isystem ones;
 * #include_next looks in the directories after the including file's */
static void include(Tok *d, int next)
{
	Tok *t = rest_of_line();
	Source *s = 0;
	char *name, *here = dir_of(d->file->path);
	int i, from = 0;
	Buf b = {0};

	if (t->kind != TK_STR && !is_punct(t, '<'))
		t = expand_list(t);
	if (t->kind == TK_STR && t->s[0] == '"') {
		buf_add(&b, t->s + 1, t->len - 2);
	} else if (is_punct(t, '<')) {
		for (t = t->next; !is_punct(t, '>'); t = t->next) {
			if (t->kind == TK_EOF)
				error_tok(d, "expected '>' after the file name");
			if (b.len && (t->flags & TF_SPACE))
				buf_byte(&b, ' ');
			buf_add(&b, t->s, t->len);
		}
	} else {
		error_tok(d, "expected a file name after #include");
	}
	buf_byte(&b, 0);
	name = b.p;
	if (name[0] == '/')
		s = find_source(name);
	else if (t->kind == TK_STR && !next)
		s = find_source(cat(here, name));
	if (next)
		for (i = 0; i < ndirs; i++)
			if (streq(cat(dirs[i], "/"), here))
				from = i + 1;
	for (i = from; !s && i < ndirs && name[0] != '/'; i++)
		s = find_source(cat(cat(dirs[i], "/"), name));
	if (!s)
		error_tok(d, cat("cannot find include file ", name));
	if (s->once == tu)
		return;
	if (nincl == MAXINCL)
		error_tok(d, "#include nested too deeply");
	incl_rest[nincl] = in;
	incl_ncond[nincl++] = ncond;
	in = s->toks;
}

/* #line: the rest of the file, copied with the new name and numbers */
static void relabel(File *f, long delta)
{
	Tok head;
	Tok *cur = &head;
	Tok *t;

	for (t = in;; t = t->next) {
		cur = cur->next = new_tok(t);
		cur->file = f;
		cur->line += delta;
		if (t->kind == TK_EOF)
			break;
	}
	in = head.next;
}

/* The value of the #if expression at ev: intmax_t arithmetic, or
 * uintmax_t where an operand is unsigned (*u). While skip is set, the
 * operand is not evaluated (no division by zero). */
static Tok *ev;
static int ev_skip;

static long ev_cond(int *u);

static long ev_primary(int *u)
{
	Tok *t = ev;
	long v;
	int flags, ok, paren;

	*u = 0;
	ev = t->next;
	if (is_punct(t, '(')) {
		v = ev_cond(u);
		if (!is_punct(ev, ')'))
			error_tok(ev, "expected ')' in #if");
		ev = ev->next;
		return v;
	}
	if (is_punct(t, '-'))
		return -ev_primary(u);
	if (is_punct(t, '+'))
		return ev_primary(u);
	if (is_punct(t, '~'))
		return ~ev_primary(u);
	if (is_punct(t, '!')) {
		v = !ev_primary(u);
		*u = 0;
		return v;
	}
	if (t->kind == TK_NUM) {
		v = lex_int(t, &flags, &ok);
		if (!ok)
			error_tok(t, cat("bad number in #if: ", tok_str(t)));
		*u = (flags & 1) || v < 0;
		return v;
	}
	if (t->kind == TK_CHAR)
		return char_const(t);
	if (t->kind == TK_IDENT && t->name == n_defined) {
		paren = is_punct(ev, '(');
		t = paren ? ev->next : ev;
		if (t->kind != TK_IDENT)
			error_tok(t, "expected a name after defined");
		ev = t->next;
		if (paren && !is_punct(ev, ')'))
			error_tok(ev, "expected ')' after defined(NAME");
		if (paren)
			ev = ev->next;
		return t->name->mac != 0;
	}
	if (t->kind == TK_IDENT)
		return 0;
	error_tok(t, cat("expected a value in #if, not ", tok_str(t)));
	return 0;
}

static long ev_binary(int prec, int *u)
{
	long a = ev_primary(u), b;
	int ub, op, p, ok = 1;

	while ((p = binary_op(ev, &op)) >= prec) {
		ev = ev->next;
		if ((op == N_LAND && !a) || (op == N_LOR && a)) {
			/* the other side is not evaluated */
			ev_skip++;
			ev_binary(p + 1, &ub);
			ev_skip--;
			a = op == N_LOR;
			*u = 0;
			continue;
		}
		b = ev_binary(p + 1, &ub);
		if (op < 0) {
			op = -op;
			b ^= a;
			a ^= b;
			b ^= a;
		}
		if (op != N_SHL && op != N_SHR)
			*u |= ub;
		if (op == N_LAND || op == N_LOR)
			a = b != 0;
		else
			a = fold_int(op, a, b, *u, &ok);
		if (!ok && !ev_skip)
			error_tok(ev, "division by zero in #if");
		if (op >= N_EQ)
			*u = 0;
	}
	return a;
}

static long ev_cond(int *u)
{
	long c = ev_binary(1, u), a, b;
	int ua, ub;

	if (!is_punct(ev, '?'))
		return c;
	ev = ev->next;
	if (!c)
		ev_skip++;
	a = ev_cond(&ua);
	if (!c)
		ev_skip--;
	if (!is_punct(ev, ':'))
		error_tok(ev, "expected ':' in #if");
	ev = ev->next;
	if (c)
		ev_skip++;
	b = ev_cond(&ub);
	if (c)
		ev_skip--;
	*u = ua | ub;
	return c ? a : b;
}

static int eval_if(Tok *d)
{
	int u;
	long v;

	in_if = 1;
	ev = expand_list(rest_of_line());
	in_if = 0;
	if (ev->kind == TK_EOF)
		error_tok(d, "no expression after #if");
	v = ev_cond(&u);
	if (ev->kind != TK_EOF)
		error_tok(ev, cat("unexpected token in #if: ", tok_str(ev)));
	return v != 0;
}

/* skips a group not taken, up to the #elif, #else or #endif that ends
 * it (or to the #endif, if endif); leaves the input at that '#' */
static void skip_group(Tok *d, int endif)
{
	int depth = 0;
	Tok *t, *n;

	for (;;) {
		t = in;
		if (t->kind == TK_EOF)
			error_tok(d, "unterminated conditional directive");
		if (is_punct(t, '#') && (t->flags & TF_BOL) && t->next->kind == TK_IDENT &&
		    !(t->next->flags & TF_BOL)) {
			n = t->next;
			if (n->name == d_names[D_IF] || n->name == d_names[D_IFDEF] ||
			    n->name == d_names[D_IFNDEF])
				depth++;
			else if (n->name == d_names[D_ENDIF] && depth)
				depth--;
			else if (depth == 0 && (n->name == d_names[D_ENDIF] ||
				 (!endif && (n->name == d_names[D_ELSE] || n->name == d_names[D_ELIF]))))
				return;
		}
		in = t->next;
	}
}

static void push_cond(Tok *d, int taken)
{
	if (ncond == MAXCOND)
		error_tok(d, "conditionals nested too deeply");
	cond_tok[ncond] = d;
	cond_taken[ncond++] = taken;
	if (!taken)
		skip_group(d, 0);
}

static void line_directive(Tok *d)
{
	Tok *line = expand_list(rest_of_line());
	File *f;
	int flags, ok;
	long v;

	if (line->kind != TK_NUM)
		error_tok(d, "expected a line number after #line");
	v = lex_int(line, &flags, &ok);
	if (!ok)
		error_tok(line, "bad line number after #line");
	f = alloc(sizeof(File));
	*f = *d->file;
	if (line->next->kind == TK_STR)
		f->name = dupn(line->next->s + 1, line->next->len - 2);
	relabel(f, v - d->line - 1);
}

/* #pragma once; pack: pack(N), pack(push[, N]), pack(pop), pack(); and
 * push_macro("NAME"), pop_macro("NAME") */
int pp_pack;
static int pack_stack[32];
static int npack;
static Name *pushed_name[64];
static Macro *pushed_mac[64];
static int npushed;

static void pragma(Tok *d)
{
	Tok *t = rest_of_line();
	int flags, ok, i;
	Name *n;

	if (t->kind == TK_IDENT && t->name == n_once)
		find_source(d->file->path)->once = tu;
	if ((is_ident(t, "push_macro") || is_ident(t, "pop_macro")) && is_punct(t->next, '(') &&
	    t->next->next->kind == TK_STR) {
		n = intern(t->next->next->s + 1, t->next->next->len - 2);
		if (is_ident(t, "push_macro")) {
			if (npushed == 64)
				error_tok(t, "more than 64 macros pushed by #pragma push_macro");
			pushed_name[npushed] = n;
			pushed_mac[npushed++] = n->mac;
		} else {
			for (i = npushed - 1; i >= 0; i--)
				if (pushed_name[i] == n)
					break;
			if (i >= 0) {
				n->mac = pushed_mac[i];
				for (; i < npushed - 1; i++) {
					pushed_name[i] = pushed_name[i + 1];
					pushed_mac[i] = pushed_mac[i + 1];
				}
				npushed--;
			}
		}
		return;
	}
	if (!is_ident(t, "pack") || !is_punct(t->next, '('))
		return;
	t = t->next->next;
	if (is_ident(t, "push")) {
		if (npack < 32)
			pack_stack[npack++] = pp_pack;
		t = t->next;
		if (is_punct(t, ','))
			t = t->next;
	} else if (is_ident(t, "pop")) {
		pp_pack = npack ? pack_stack[--npack] : 0;
		return;
	}
	pp_pack = t->kind == TK_NUM ? (int)lex_int(t, &flags, &ok) : 0;
}

static void directive(Tok *hash)
{
	Tok *d = in;
	int i, k = -1;

	if ((d->flags & TF_BOL) || d->kind == TK_EOF)
		return;
	if (d->kind == TK_NUM) {
		line_directive(hash);
		return;
	}
	for (i = 0; d_names[i]; i++)
		if (d->kind == TK_IDENT && d->name == d_names[i])
			k = i;
	if (k < 0)
		error_tok(d, cat("unknown directive #", tok_str(d)));
	in = d->next;
	if (k >= D_ELIF && k <= D_ENDIF && ncond <= incl_base())
		error_tok(d, cat(cat("#", d_spell[k]), " without #if"));
	if ((k == D_UNDEF || k == D_IFDEF || k == D_IFNDEF) &&
	    (in->kind != TK_IDENT || (in->flags & TF_BOL)))
		error_tok(d, cat("expected a macro name after #", d_spell[k]));
	if (k == D_DEFINE) {
		define(d);
	} else if (k == D_UNDEF) {
		in->name->mac = 0;
		in = in->next;
		skip_line(d);
	} else if (k == D_INCLUDE || k == D_INCLUDE_NEXT) {
		include(d, k == D_INCLUDE_NEXT);
	} else if (k == D_IF) {
		push_cond(d, eval_if(d));
	} else if (k == D_IFDEF || k == D_IFNDEF) {
		i = in->name->mac != 0;
		in = in->next;
		skip_line(d);
		push_cond(d, k == D_IFDEF ? i : !i);
	} else if (k == D_ELIF) {
		if (cond_taken[ncond - 1]) {
			skip_group(d, 1);
		} else if (eval_if(d)) {
			cond_taken[ncond - 1] = 1;
		} else {
			skip_group(d, 0);
		}
	} else if (k == D_ELSE) {
		skip_line(d);
		if (cond_taken[ncond - 1])
			skip_group(d, 1);
		cond_taken[ncond - 1] = 1;
	} else if (k == D_ENDIF) {
		ncond--;
		skip_line(d);
	} else if (k == D_LINE) {
		line_directive(d);
	} else if (k == D_ERROR) {
		error_tok(d, cat("#error", tok_line(rest_of_line())));
	} else if (k == D_PRAGMA) {
		pragma(d);
	} else {
		rest_of_line();
	}
}

Tok *pp_next(void)
{
	Tok *t;

	for (;;) {
		t = in;
		if (t->kind == TK_EOF) {
			if (ncond > incl_base())
				error_tok(cond_tok[ncond - 1], "unterminated conditional directive");
			if (!nincl)
				return t;
			in = incl_rest[--nincl];
			continue;
		}
		in = t->next;
		if (is_punct(t, '#') && (t->flags & TF_BOL) && !(t->flags & TF_MACRO)) {
			directive(t);
			continue;
		}
		if (t->kind == TK_IDENT && t->name->mac && !hs_has(t->hs, t->name) && expand(t))
			continue;
		return t;
	}
}

void pp_define(char *def)
{
	char *eq = def;

	buf_str(&predefs, "#define ");
	while (*eq && *eq != '=')
		eq++;
	buf_add(&predefs, def, eq - def);
	buf_byte(&predefs, ' ');
	buf_str(&predefs, *eq ? eq + 1 : "1");
	buf_byte(&predefs, '\n');
}

void pp_undef(char *name)
{
	buf_str(&predefs, "#undef ");
	buf_str(&predefs, name);
	buf_byte(&predefs, '\n');
}

void pp_add_dir(char *dir, int sys)
{
	int i;

	if (ndirs == 64)
		die("too many include directories");
	if (sys) {
		dirs[ndirs++] = dir;
		return;
	}
	for (i = ndirs; i > nquote; i--)
		dirs[i] = dirs[i - 1];
	dirs[nquote++] = dir;
	ndirs++;
}

static void builtin_macro(char *name, int kind)
{
	Macro *m = alloc(sizeof(Macro));

	m->builtin = kind;
	intern(name, strlen(name))->mac = m;
}

void pp_init(void)
{
	int i;

	for (i = 0; d_spell[i]; i++)
		d_names[i] = intern(d_spell[i], strlen(d_spell[i]));
	n_defined = intern("defined", 7);
	n_va_args = intern("__VA_ARGS__", 11);
	n_once = intern("once", 4);
	eof_tok = alloc(sizeof(Tok));
	eof_tok->kind = TK_EOF;
	eof_tok->s = "";
	buf_str(&predefs, builtin_defs);
	buf_str(&predefs, arch_defs);
}

/* starts a translation unit: no macros but the predefined ones */
void pp_begin(char *path)
{
	File *f = alloc(sizeof(File));
	Source *s;

	tu++;
	names_clear_macros();
	builtin_macro("__FILE__", B_FILE);
	builtin_macro("__LINE__", B_LINE);
	builtin_macro("__COUNTER__", B_COUNTER);
	builtin_macro("__BASE_FILE__", B_BASE);
	f->name = "<built-in>";
	f->path = "";
	in = lex(f, predefs.p, predefs.len);
	if (pp_next()->kind != TK_EOF)
		die("bad -D option");
	s = find_source(path);
	if (!s)
		die(cat(path, ": cannot open"));
	base_file = s->file;
	counter = 0;
	in = s->toks;
}

/* expr.c: expressions (C99 6.5): parsing, the types and conversions C
 * gives each operand, and the folding of constants. Arrays and
 * functions decay to pointers (rval), pointer arithmetic is scaled here,
 * and an operation on constants becomes a constant. */
#include "cc1.h"

int static_ctx;

Node *new_node(int op, Type *ty, Tok *t)
{
	Node *n = alloc(sizeof(Node));

	n->op = op;
	n->ty = ty;
	n->tok = t;
	return n;
}

Node *new_num(long v, Type *ty, Tok *t)
{
	Node *n = new_node(N_NUM, ty, t);

	n->val = v;
	return n;
}

static Node *new_fnum(Fval *f, Type *ty, Tok *t)
{
	Node *n = new_node(N_FNUM, ty, t);

	n->f = *f;
	return n;
}

Node *new_var(Sym *s, Tok *t)
{
	Node *n = new_node(N_VAR, s->ty, t);

	n->sym = s;
	return n;
}

static Node *unary_node(int op, Node *a, Type *ty)
{
	Node *n = new_node(op, ty, a->tok);

	n->a = a;
	return n;
}

/* v converted to the integer type t */
long trunc_to(long v, Type *t)
{
	if (t->kind == TY_BOOL)
		return v != 0;
	if (t->size == 1)
		return t->uns ? (long)(v & 255) : (long)(signed char)v;
	if (t->size == 2)
		return t->uns ? (long)(v & 65535) : (long)(short)v;
	if (t->size == 4)
		return t->uns ? (long)(v & 0xffffffffL) : (long)(int)v;
	return v;
}

static int is_lvalue(Node *n)
{
	if (n->op == N_VAR)
		return n->sym->kind == SY_VAR;
	return n->op == N_DEREF || n->op == N_MEMBER || n->op == N_INIT;
}

/* arrays and functions as the pointers they decay to */
Node *rval(Node *n)
{
	if (n->ty->kind == TY_ARRAY)
		return unary_node(N_ADDR, n, ptr_to(n->ty->base));
	if (n->ty->kind == TY_FUNC)
		return unary_node(N_ADDR, n, ptr_to(n->ty));
	return n;
}

Node *cast(Node *n, Type *ty)
{
	Fval f;
	int ok;
	long v;

	n = rval(n);
	if (n->ty == ty)
		return n;
	if (is_void(ty))
		return unary_node(N_CAST, n, ty);
	if (!is_scalar(ty) || !is_scalar(n->ty)) {
		if (same_type(ty, n->ty))
			return n;
		error_tok(n->tok, "cannot convert between these types");
	}
	if (is_flt(n->ty) && is_ptr(ty))
		error_tok(n->tok, "cannot convert a floating value to a pointer");
	if (n->op == N_NUM && !is_flt(ty))
		return new_num(is_int(ty) ? trunc_to(n->val, ty) : n->val, ty, n->tok);
	if (n->op == N_NUM) {
		flt_from_int(&f, n->val, n->ty->uns && n->ty->size == 8, ty);
		return new_fnum(&f, ty, n->tok);
	}
	if (n->op == N_FNUM && is_flt(ty)) {
		flt_conv(&f, &n->f, n->ty, ty);
		return new_fnum(&f, ty, n->tok);
	}
	if (n->op == N_FNUM && ty->kind == TY_BOOL)
		return new_num(!flt_is_zero(&n->f, n->ty), ty, n->tok);
	if (n->op == N_FNUM && is_int(ty)) {
		v = flt_to_int(&n->f, n->ty, ty->uns && ty->size == 8, &ok);
		if (ok)
			return new_num(trunc_to(v, ty), ty, n->tok);
	}
	return unary_node(N_CAST, n, ty);
}

/* a binary operation on operands already converted; constants fold.
 * arith, shift, compare and logical take their operands as rvals. */
static Node *binary(int op, Node *a, Node *b, Type *ty, Tok *t)
{
	Node *n;
	Fval f;
	long v;
	int ok = 1, c;

	if (a->op == N_NUM && b->op == N_NUM) {
		v = fold_int(op, a->val, b->val, a->ty->uns || is_ptr(a->ty), &ok);
		if (ok)
			return new_num(is_int(ty) ? trunc_to(v, ty) : v, ty, t);
	}
	if (a->op == N_FNUM && b->op == N_FNUM) {
		if (op >= N_EQ && op <= N_LE) {
			c = flt_cmp(&a->f, &b->f, a->ty);
			if (op == N_EQ)
				return new_num(c == 0, ty, t);
			if (op == N_NE)
				return new_num(c != 0, ty, t);
			if (op == N_LT)
				return new_num(c == -1, ty, t);
			return new_num(c == -1 || c == 0, ty, t);
		}
		flt_binop(&f, op, &a->f, &b->f, ty);
		return new_fnum(&f, ty, t);
	}
	n = new_node(op, ty, t);
	n->a = a;
	n->b = b;
	return n;
}

static void usual(Node **a, Node **b)
{
	Type *t = common_type((*a)->ty, (*b)->ty);

	*a = cast(*a, t);
	*b = cast(*b, t);
}

static Node *arith(int op, Node *a, Node *b, Tok *t)
{
	if (!is_arith(a->ty) || !is_arith(b->ty) ||
	    ((op == N_MOD || op == N_AND || op == N_OR || op == N_XOR) &&
	     (!is_int(a->ty) || !is_int(b->ty))))
		error_tok(t, "invalid operands");
	usual(&a, &b);
	return binary(op, a, b, a->ty, t);
}

/* the size of t, a constant or, for a variable-length array, the
 * variable that holds it */
static Node *type_size(Type *t, Tok *tk)
{
	if (t->vla)
		return new_var(t->vla, tk);
	return new_num(t->size, ty_ulong, tk);
}

/* the size of what p points to, for pointer arithmetic */
static Node *elem_size(Type *p, Tok *t)
{
	Type *b = p->base;

	if (b->kind == TY_VOID || b->kind == TY_FUNC)
		return new_num(1, ty_long, t);
	if (b->incomplete)
		error_tok(t, "arithmetic on a pointer to an incomplete type");
	return cast(type_size(b, t), ty_long);
}

/* n elements of type t: n times t's size */
Node *scale(Node *n, Type *t, Tok *tk)
{
	return binary(N_MUL, cast(n, ty_ulong), cast(type_size(t, tk), ty_ulong), ty_ulong, tk);
}

static Node *add_sub(int op, Node *a, Node *b, Tok *t)
{
	Node *size, *d;

	a = rval(a);
	b = rval(b);
	if (is_arith(a->ty) && is_arith(b->ty))
		return arith(op, a, b, t);
	if (op == N_ADD && is_int(a->ty) && is_ptr(b->ty)) {
		d = a;
		a = b;
		b = d;
	}
	if (is_ptr(a->ty) && is_int(b->ty)) {
		size = elem_size(a->ty, t);
		b = cast(b, ty_long);
		if (size->op != N_NUM || size->val != 1)
			b = binary(N_MUL, b, size, ty_long, t);
		return binary(op, a, b, a->ty, t);
	}
	if (op == N_SUB && is_ptr(a->ty) && is_ptr(b->ty)) {
		size = elem_size(a->ty, t);
		d = binary(N_SUB, cast(a, ty_long), cast(b, ty_long), ty_long, t);
		if (size->op != N_NUM || size->val != 1)
			d = binary(N_DIV, d, size, ty_long, t);
		return d;
	}
	error_tok(t, "invalid operands");
	return 0;
}

static Node *shift(int op, Node *a, Node *b, Tok *t)
{
	if (!is_int(a->ty) || !is_int(b->ty))
		error_tok(t, "invalid operands to a shift");
	a = cast(a, promote(a->ty));
	b = cast(b, promote(b->ty));
	return binary(op, a, b, a->ty, t);
}

static int is_null(Node *n)
{
	return n->op == N_NUM && n->val == 0 && (is_int(n->ty) || n->ty->base == ty_void);
}

static Node *compare(int op, Node *a, Node *b, Tok *t)
{
	if (is_arith(a->ty) && is_arith(b->ty)) {
		usual(&a, &b);
	} else {
		if (!is_scalar(a->ty) || !is_scalar(b->ty) || is_flt(a->ty) || is_flt(b->ty))
			error_tok(t, "invalid operands to a comparison");
		a = cast(a, ty_ulong);
		b = cast(b, ty_ulong);
	}
	return binary(op, a, b, ty_int, t);
}

static Node *logical(int op, Node *a, Node *b, Tok *t)
{
	if (!is_scalar(a->ty) || !is_scalar(b->ty))
		error_tok(t, "invalid operands to a logical operator");
	if (a->op == N_NUM && (op == N_LAND ? !a->val : a->val))
		return new_num(op == N_LOR, ty_int, t);
	if (a->op == N_NUM && b->op == N_NUM)
		return new_num(b->val != 0, ty_int, t);
	return binary(op, a, b, ty_int, t);
}

static Node *not(Node *a, Tok *t)
{
	a = rval(a);
	if (!is_scalar(a->ty))
		error_tok(t, "invalid operand to !");
	if (a->op == N_NUM)
		return new_num(!a->val, ty_int, t);
	if (a->op == N_FNUM)
		return new_num(flt_is_zero(&a->f, a->ty), ty_int, t);
	return unary_node(N_LNOT, a, ty_int);
}

Node *assign_to(Node *lhs, Node *rhs, Tok *t)
{
	Node *n;

	if (!is_lvalue(lhs) || lhs->ty->kind == TY_ARRAY)
		error_tok(t, "cannot assign to this");
	if (lhs->ty->kind == TY_STRUCT || lhs->ty->kind == TY_UNION) {
		if (!same_type(lhs->ty, rhs->ty))
			error_tok(t, "assignment of different structs");
	} else {
		rhs = cast(rval(rhs), lhs->ty);
	}
	n = new_node(N_ASSIGN, lhs->ty, t);
	n->a = lhs;
	n->b = rhs;
	return n;
}

/* lhs op= rhs, and ++ and -- (post: val2): the operation in opty */
static Node *op_assign(int op, Node *lhs, Node *rhs, Tok *t, int post)
{
	Node *n = new_node(post >= 0 ? N_INC : N_OPASSIGN, lhs->ty, t);
	Type *opty;

	if (!is_lvalue(lhs) || !is_scalar(lhs->ty))
		error_tok(t, "cannot assign to this");
	rhs = rval(rhs);
	if (is_ptr(lhs->ty)) {
		if ((op != N_ADD && op != N_SUB) || !is_int(rhs->ty))
			error_tok(t, "invalid operands");
		opty = lhs->ty;
		rhs = binary(N_MUL, cast(rhs, ty_long), elem_size(lhs->ty, t), ty_long, t);
	} else if (op == N_SHL || op == N_SHR) {
		if (!is_int(lhs->ty) || !is_int(rhs->ty))
			error_tok(t, "invalid operands to a shift");
		opty = promote(lhs->ty);
		rhs = cast(rhs, promote(rhs->ty));
	} else {
		if (!is_arith(rhs->ty) || ((op == N_MOD || op == N_AND || op == N_OR || op == N_XOR) &&
					   (!is_int(rhs->ty) || !is_int(lhs->ty))))
			error_tok(t, "invalid operands");
		opty = common_type(lhs->ty, rhs->ty);
		rhs = cast(rhs, opty);
	}
	n->a = lhs;
	n->b = rhs;
	n->c = new_node(N_NOP, opty, t);
	n->val = op;
	n->val2 = post > 0;
	return n;
}

static Node *deref(Node *a, Tok *t)
{
	a = rval(a);
	if (!is_ptr(a->ty))
		error_tok(t, "cannot dereference what is not a pointer");
	if (a->op == N_ADDR && a->a->ty == a->ty->base)
		return a->a;
	return unary_node(N_DEREF, a, a->ty->base);
}

Node *add_offset(Node *base, long off, Type *ty, Tok *t)
{
	Node *p = binary(N_ADD, base, new_num(off, ty_long, t), ptr_to(ty), t);

	return unary_node(N_DEREF, p, ty);
}

static Node *member(Node *a, Tok *t)
{
	Name *n;
	Member *m;
	Node *r;
	long off = 0;

	if (a->ty->kind != TY_STRUCT && a->ty->kind != TY_UNION)
		error_tok(t, "a member of what is not a struct or union");
	if (a->ty->incomplete)
		error_tok(t, "a member of an incomplete type");
	if (tok->kind != TK_IDENT)
		error_tok(tok, "expected a member name");
	n = tok->name;
	m = find_member(a->ty, n, &off);
	if (!m)
		error_tok(tok, cat("no member named ", n->s));
	next();
	r = unary_node(N_MEMBER, a, m->ty);
	r->mem = m;
	r->val = off;
	/* a bit-field narrower than int reads as an int, as gcc has it */
	if (m->bits > 0 && m->ty->kind != TY_BOOL && (m->bits < 32 || (m->bits == 32 && !m->ty->uns)))
		r->ty = ty_int;
	else if (m->bits == 32)
		r->ty = ty_uint;
	return r;
}

static Node *call(Node *fn, Tok *t)
{
	Node *n, *e;
	Node head;
	Node *cur = &head;
	Type *ft;
	Param *p;
	long nargs = 0;

	fn = rval(fn);
	if (!is_ptr(fn->ty) || fn->ty->base->kind != TY_FUNC)
		error_tok(t, "a call of what is not a function");
	ft = fn->ty->base;
	p = ft->params;
	head.next = 0;
	while (!is(')')) {
		e = rval(assign());
		if (p) {
			if (is_aggr(p->ty) || is_aggr(e->ty)) {
				if (!same_type(p->ty, e->ty))
					error_tok(e->tok, "the argument has the wrong type");
			} else {
				e = cast(e, p->ty);
			}
			p = p->next;
		} else {
			if (!ft->variadic && !ft->oldstyle)
				error_tok(e->tok, "too many arguments");
			if (e->ty->kind == TY_FLOAT)
				e = cast(e, ty_double);
			else if (is_int(e->ty))
				e = cast(e, promote(e->ty));
		}
		cur = cur->next = e;
		nargs++;
		if (!accept(','))
			break;
	}
	expect(')', "')' after the arguments");
	if (p && !ft->oldstyle)
		error_tok(t, "too few arguments");
	n = new_node(N_CALL, ft->base, t);
	n->a = fn;
	n->b = head.next;
	n->val = nargs;
	return n;
}

/* an unnamed array in .rodata holding the n bytes at p */
static Sym *string_sym(char *p, long n, Type *et)
{
	Sym *s = new_anon_global(array_of(et, n / et->size));

	s->g->sect = S_RODATA;
	s->g->state = G_DEFINED;
	s->g->size = n;
	s->g->align = et->align;
	s->g->off = sect_put(S_RODATA, p, n, et->align);
	return s;
}

static void put_unit(Buf *b, long c, int unit, int utf8)
{
	int i;

	if (unit == 1 && utf8 && c >= 0x80) {
		/* a universal character name in a plain string: UTF-8 */
		if (c < 0x800) {
			buf_byte(b, 0xc0 | c >> 6);
		} else if (c < 0x10000) {
			buf_byte(b, 0xe0 | c >> 12);
			buf_byte(b, 0x80 | (c >> 6 & 63));
		} else {
			buf_byte(b, 0xf0 | c >> 18);
			buf_byte(b, 0x80 | (c >> 12 & 63));
			buf_byte(b, 0x80 | (c >> 6 & 63));
		}
		c = 0x80 | (c & 63);
	}
	if (unit == 2 && c >= 0x10000) {
		put_unit(b, 0xd800 + ((c - 0x10000) >> 10), 2, 0);
		c = 0xdc00 + (c & 0x3ff);
	}
	for (i = 0; i < unit; i++)
		buf_byte(b, c >> (i * 8));
}

/* A string literal, adjacent ones joined: an unnamed array in .rodata.
 * Plain and u8 strings are bytes (a universal character name becomes
 * UTF-8); L and U strings are 4-byte code points, u strings UTF-16. */
Node *string_lit(void)
{
	Tok *t = tok;
	Tok **pieces = 0;
	int n = 0, unit = 1, i, ucn;
	long c;
	char *p, *end;
	Type *et = ty_char;
	Buf b = {0};

	if (tok->kind != TK_STR)
		error_tok(tok, "expected a string");
	for (; tok->kind == TK_STR; next()) {
		if ((n & (n - 1)) == 0)
			pieces = grow(pieces, n, n + 1, sizeof(Tok *));
		pieces[n++] = tok;
		if (tok->s[0] == 'L' || tok->s[0] == 'U') {
			unit = 4;
			et = ty_uint;
		} else if (tok->s[0] == 'u' && tok->s[1] != '8' && unit == 1) {
			unit = 2;
			et = ty_ushort;
		}
	}
	for (i = 0; i < n; i++) {
		p = pieces[i]->s;
		while (*p != '"')
			p++;
		p++;
		end = pieces[i]->s + pieces[i]->len - 1;
		while (p < end) {
			ucn = 0;
			if (*p == '\\')
				ucn = lex_escape(&p, &c);
			else if (unit > 1 && (*p & 0x80))
				c = lex_utf8(&p);
			else
				c = *p++ & 255;
			put_unit(&b, c, unit, ucn);
		}
	}
	put_unit(&b, 0, unit, 0);
	return new_var(string_sym(b.p, b.len, et), t);
}

static Node *number(void)
{
	Tok *t = tok;
	unsigned long v;
	int flags, ok, u, l, dec;
	Type *ty;
	Fval f;
	char *e;

	next();
	if (t->kind == TK_CHAR) {
		ty = t->s[0] == 'L' || t->s[0] == 'U' ? ty_uint : t->s[0] == 'u' ? ty_ushort : ty_int;
		return new_num(trunc_to(char_const(t), ty), ty == ty_ushort ? ty_ushort : ty, t);
	}
	v = lex_int(t, &flags, &ok);
	if (ok) {
		u = flags & 1;
		l = flags & 6;
		dec = !(flags & 8);
		if (!l && !u && v <= 0x7fffffff)
			ty = ty_int;
		else if (!l && (u || !dec) && v <= 0xffffffffL)
			ty = ty_uint;
		else if (!u && (long)v >= 0)
			ty = (flags & 4) ? ty_llong : ty_long;
		else
			ty = (flags & 4) ? ty_ullong : ty_ulong;
		return new_num(v, ty, t);
	}
	e = t->s + t->len;
	ty = ty_double;
	if (e[-1] == 'f' || e[-1] == 'F')
		ty = ty_float, e--;
	else if (e[-1] == 'l' || e[-1] == 'L')
		ty = ty_ldouble, e--;
	if (!flt_parse(&f, t->s, e - t->s, ty))
		error_tok(t, cat("bad number ", tok_str(t)));
	return new_fnum(&f, ty, t);
}

static Node *compound_literal(Type *ty, Tok *t)
{
	Sym *s;

	if (!cur_func || static_ctx) {
		s = new_anon_global(ty);
		static_init(s, 0);
		return new_var(s, t);
	}
	s = new_local(0, ty, t);
	return local_init(s, t, 1);
}

static Node *generic(Tok *t)
{
	Node *ctl, *r = 0, *def = 0, *e;
	Type *ty;

	expect('(', "'('");
	ctl = rval(assign());
	ctl = new_node(N_NOP, qualified(ctl->ty, 0), t);
	while (accept(',')) {
		if (is_kw(KW_DEFAULT)) {
			next();
			expect(':', "':'");
			def = assign();
			continue;
		}
		ty = typename();
		expect(':', "':'");
		e = assign();
		if (same_type(ty, ctl->ty) && !r)
			r = e;
	}
	expect(')', "')'");
	if (!r)
		r = def;
	if (!r)
		error_tok(t, "no type of _Generic matches");
	return r;
}

static long offset_of(Tok *t)
{
	Type *ty;
	Member *m;
	long off = 0, o;

	expect('(', "'('");
	ty = typename();
	expect(',', "','");
	for (;;) {
		if (tok->kind == TK_IDENT) {
			if (ty->kind != TY_STRUCT && ty->kind != TY_UNION)
				error_tok(t, "offsetof of what is not a struct");
			o = 0;
			m = find_member(ty, tok->name, &o);
			if (!m)
				error_tok(tok, cat("no member named ", tok->name->s));
			next();
			off += o + m->off;
			ty = m->ty;
		} else if (accept('[')) {
			if (ty->kind != TY_ARRAY)
				error_tok(t, "offsetof indexes what is not an array");
			off += ty->base->size * const_int(expr());
			ty = ty->base;
			expect(']', "']'");
		} else {
			error_tok(tok, "expected a member designator");
		}
		if (!accept('.') && !is('['))
			break;
	}
	expect(')', "')'");
	return off;
}

/* the functions and forms cc1 knows by name */
static Node *builtin(int kw, Tok *t)
{
	Node *n, *a;
	Type *t1;
	long v;

	next();
	if (kw == KW_OFFSETOF)
		return new_num(offset_of(t), ty_ulong, t);
	expect('(', "'('");
	if (kw == KW_VA_ARG) {
		n = new_node(N_VAARG, 0, t);
		n->a = rval(unary_node(N_ADDR, assign(), ptr_to(ty_valist)));
		expect(',', "','");
		n->ty = typename();
	} else if (kw == KW_TYPES_COMPAT) {
		t1 = typename();
		expect(',', "','");
		n = new_num(same_type(t1, typename()), ty_int, t);
	} else if (kw == KW_CHOOSE_EXPR) {
		v = const_int(assign());
		expect(',', "','");
		n = assign();
		expect(',', "','");
		a = assign();
		n = v ? n : a;
	} else if (kw == KW_UNREACHABLE) {
		n = new_node(N_NOP, ty_void, t);
	} else {
		a = assign();
		if (kw == KW_VA_START || kw == KW_VA_END || kw == KW_VA_COPY) {
			if (!same_type(a->ty, ty_valist))
				error_tok(t, "expected a va_list");
			n = unary_node(kw == KW_VA_START ? N_VASTART : N_NOP, unary_node(N_ADDR, a, ptr_to(a->ty)), ty_void);
			if (kw == KW_VA_START) {
				if (!cur_func || !cur_func->sym->ty->variadic)
					error_tok(t, "va_start outside a variadic function");
				expect(',', "','");
				assign();
			} else if (kw == KW_VA_COPY) {
				expect(',', "','");
				n = assign_to(a, assign(), t);
			}
		} else if (kw == KW_EXPECT) {
			n = a;
			expect(',', "','");
			assign();
		} else if (kw == KW_CONSTANT_P) {
			n = new_num(a->op == N_NUM || a->op == N_FNUM, ty_int, t);
		} else if (kw == KW_ALLOCA) {
			n = unary_node(N_ALLOCA, cast(a, ty_ulong), ptr_to(ty_void));
		} else {
			/* __arm64_clear_cache(begin, end): the caches are coherent
			 * under the emulator; it evaluates its arguments */
			expect(',', "','");
			n = new_node(N_COMMA, ty_void, t);
			n->a = cast(a, ty_void);
			n->b = cast(assign(), ty_void);
		}
	}
	expect(')', "')'");
	return n;
}

static Node *func_name(Tok *t)
{
	if (!cur_func)
		error_tok(t, "__func__ outside a function");
	if (!cur_func->name_var)
		cur_func->name_var = string_sym(cur_func->tok->name->s, cur_func->tok->name->len + 1, ty_char);
	return new_var(cur_func->name_var, t);
}

static Node *primary(void)
{
	Tok *t = tok;
	Node *n;
	Name *name;
	Sym *s;
	Type *ft;
	int kw;

	if (accept('(')) {
		if (is('{')) {
			/* GNU statement expression */
			n = new_node(N_STMTEXPR, ty_void, t);
			n->a = compound_stmt();
			for (n->b = n->a->a; n->b && n->b->next; n->b = n->b->next)
				;
			if (n->b && n->b->op == S_EXPR)
				n->ty = n->b->a->ty;
			expect(')', "')'");
			return n;
		}
		n = expr();
		expect(')', "')'");
		return n;
	}
	if (tok->kind == TK_NUM || tok->kind == TK_CHAR)
		return number();
	if (tok->kind == TK_STR)
		return string_lit();
	if (tok->kind != TK_IDENT)
		error_tok(tok, cat("expected an expression before ", tok_str(tok)));
	name = tok->name;
	kw = name->kw;
	s = name->sym;
	if (kw == KW_GENERIC) {
		next();
		return generic(t);
	}
	if (kw == KW_FUNC) {
		next();
		return func_name(t);
	}
	if (kw >= KW_VA_START && kw <= KW_UNREACHABLE && (!s || kw != KW_ALLOCA))
		return builtin(kw, t);
	if (kw && kw < KW_LABEL)
		error_tok(t, cat("expected an expression before ", tok_str(t)));
	next();
	if (!s && name->len > 10 && memcmp(name->s, "__builtin_", 10) == 0) {
		name = intern(name->s + 10, name->len - 10);
		s = name->sym;
	}
	if (!s) {
		if (!is('('))
			error_tok(t, cat("undeclared ", name->s));
		/* an implicit declaration: int name() */
		ft = func_type(ty_int);
		ft->oldstyle = 1;
		s = implicit_func(name, ft, t);
	}
	if (s->kind == SY_ENUM)
		return new_num(s->val, s->ty, t);
	if (s->kind != SY_VAR)
		error_tok(t, cat("expected an expression before ", tok_str(t)));
	return new_var(s, t);
}

static Node *postfix(Node *n)
{
	Tok *t;

	for (;;) {
		t = tok;
		if (accept('[')) {
			n = deref(add_sub(N_ADD, n, expr(), t), t);
			expect(']', "']'");
		} else if (accept('(')) {
			n = call(n, t);
		} else if (accept('.')) {
			n = member(n, t);
		} else if (accept(P_ARROW)) {
			n = member(deref(n, t), t);
		} else if (accept(P_INC)) {
			n = op_assign(N_ADD, n, new_num(1, ty_int, t), t, 1);
		} else if (accept(P_DEC)) {
			n = op_assign(N_SUB, n, new_num(1, ty_int, t), t, 1);
		} else {
			return n;
		}
	}
}

static Node *unary(void);

static Node *cast_expr(void)
{
	Tok *t = tok;
	Type *ty;
	Node *n;

	if (is('(') && is_typename(peek())) {
		next();
		ty = typename();
		expect(')', "')'");
		if (is('{'))
			return postfix(compound_literal(ty, t));
		ty = qualified(ty, 0);
		n = cast(cast_expr(), ty);
		if (n->op != N_NUM && n->op != N_FNUM && n->op != N_CAST)
			n = unary_node(N_CAST, n, ty);
		return n;
	}
	return unary();
}

static Node *size_of(int align, Tok *t)
{
	Type *ty;

	next();
	if (is('(') && is_typename(peek())) {
		next();
		ty = typename();
		expect(')', "')'");
		if (is('{'))
			ty = postfix(compound_literal(ty, t))->ty;
	} else {
		ty = unary()->ty;
	}
	if (align)
		return new_num(ty->align, ty_ulong, t);
	if (ty->incomplete && ty->kind != TY_VOID)
		error_tok(t, "sizeof of an incomplete type");
	return type_size(ty, t);
}

static Node *unary(void)
{
	Tok *t = tok;
	Node *n;
	Fval f;

	if (is('+') || is('-') || is('~')) {
		next();
		n = rval(cast_expr());
		if (t->punct == '~' ? !is_int(n->ty) : !is_arith(n->ty))
			error_tok(t, cat("invalid operand to ", dupn(t->s, 1)));
		n = cast(n, promote(n->ty));
		if (t->punct == '+')
			return n;
		if (n->op == N_NUM)
			return new_num(trunc_to(t->punct == '-' ? -n->val : ~n->val, n->ty), n->ty, t);
		if (n->op == N_FNUM) {
			flt_neg(&f, &n->f, n->ty);
			return new_fnum(&f, n->ty, t);
		}
		return unary_node(t->punct == '-' ? N_NEG : N_NOT, n, n->ty);
	}
	if (accept('!'))
		return not(cast_expr(), t);
	if (accept(P_LAND)) {
		/* GNU: the address of a label */
		if (!cur_func || tok->kind != TK_IDENT)
			error_tok(t, "expected a label after &&");
		n = new_node(N_LABELADDR, ptr_to(ty_void), t);
		n->val = label_of(tok->name, tok, 0);
		next();
		return n;
	}
	if (accept('*'))
		return deref(cast_expr(), t);
	if (accept('&')) {
		n = cast_expr();
		if (n->op == N_MEMBER && n->mem->bits)
			error_tok(t, "the address of a bit-field");
		if (!is_lvalue(n) && n->ty->kind != TY_FUNC)
			error_tok(t, "the address of what is not an lvalue");
		if (n->op == N_DEREF)
			return cast(rval(n->a), ptr_to(n->ty));
		return unary_node(N_ADDR, n, ptr_to(n->ty));
	}
	if (accept(P_INC))
		return op_assign(N_ADD, unary(), new_num(1, ty_int, t), t, 0);
	if (accept(P_DEC))
		return op_assign(N_SUB, unary(), new_num(1, ty_int, t), t, 0);
	if (is_kw(KW_SIZEOF))
		return size_of(0, t);
	if (is_kw(KW_ALIGNOF))
		return size_of(1, t);
	if (is_kw(KW_EXTENSION)) {
		next();
		return cast_expr();
	}
	return postfix(primary());
}

static Node *binary_expr(int prec)
{
	Node *a = cast_expr(), *b;
	Tok *t;
	int op, p;

	while ((p = binary_op(tok, &op)) >= prec) {
		t = tok;
		next();
		a = rval(a);
		b = rval(binary_expr(p + 1));
		if (op == N_ADD || op == N_SUB)
			a = add_sub(op, a, b, t);
		else if (op == N_SHL || op == N_SHR)
			a = shift(op, a, b, t);
		else if (op < 0)
			a = compare(-op, b, a, t);
		else if (op >= N_EQ && op <= N_LE)
			a = compare(op, a, b, t);
		else if (op == N_LAND || op == N_LOR)
			a = logical(op, a, b, t);
		else
			a = arith(op, a, b, t);
	}
	return a;
}

Node *cond_expr(void)
{
	Node *c = binary_expr(1), *x, *y, *n;
	Tok *t = tok;
	Type *ty;

	if (!accept('?'))
		return c;
	c = rval(c);
	if (!is_scalar(c->ty))
		error_tok(t, "the condition of ?: must be a scalar");
	x = rval(is(':') ? c : expr());
	expect(':', "':'");
	y = rval(cond_expr());
	if (is_arith(x->ty) && is_arith(y->ty)) {
		usual(&x, &y);
		ty = x->ty;
	} else if (is_void(x->ty) || is_void(y->ty)) {
		ty = ty_void;
	} else if (is_ptr(x->ty) && is_null(y)) {
		ty = x->ty;
	} else if (is_ptr(y->ty) && is_null(x)) {
		ty = y->ty;
	} else if (is_ptr(x->ty) && is_ptr(y->ty)) {
		/* void wins, the qualifiers of both pointed-to types add up */
		ty = x->ty->base;
		if (y->ty->base->kind == TY_VOID || (ty->kind == TY_ARRAY && ty->len < 0))
			ty = y->ty->base;
		ty = ptr_to(qualified(ty, x->ty->base->qual | y->ty->base->qual));
	} else if ((is_ptr(x->ty) && is_int(y->ty)) || (is_int(x->ty) && is_ptr(y->ty))) {
		ty = is_ptr(x->ty) ? x->ty : y->ty;
	} else if (same_type(x->ty, y->ty)) {
		ty = x->ty;
	} else {
		error_tok(t, "the operands of ?: have different types");
		ty = 0;
	}
	if (is_scalar(ty)) {
		x = cast(x, ty);
		y = cast(y, ty);
	}
	if (c->op == N_NUM)
		return c->val ? x : y;
	if (c->op == N_FNUM)
		return flt_is_zero(&c->f, c->ty) ? y : x;
	n = new_node(N_COND, ty, t);
	n->a = c;
	n->b = x;
	n->c = y;
	return n;
}

/* the operations of *= /= %= += -= &= ^= |=, in the order of their P_ */
static int assign_ops[] = { N_MUL, N_DIV, N_MOD, N_ADD, N_SUB, N_AND, N_XOR, N_OR };

Node *assign(void)
{
	Node *lhs = cond_expr();
	Tok *t = tok;
	int p = tok->kind == TK_PUNCT ? tok->punct : 0;

	if (p == '=') {
		next();
		return assign_to(lhs, assign(), t);
	}
	if (p < P_SHLEQ || (p > P_SHREQ && p < P_MULEQ) || p > P_OREQ)
		return lhs;
	next();
	return op_assign(p == P_SHLEQ ? N_SHL : p == P_SHREQ ? N_SHR : assign_ops[p - P_MULEQ],
			 lhs, assign(), t, -1);
}

Node *expr(void)
{
	Node *n = assign(), *c;
	Tok *t;

	while (is(',')) {
		t = tok;
		next();
		c = new_node(N_COMMA, 0, t);
		c->a = n;
		c->b = rval(assign());
		c->ty = c->b->ty;
		n = c;
	}
	return n;
}

static int eval_addr(Node *n, long *v, GSym **g)
{
	if (n->op == N_VAR) {
		if (n->sym->local || n->sym->kind != SY_VAR)
			return 0;
		*g = n->sym->g;
		*v = 0;
		return 1;
	}
	if (n->op == N_DEREF)
		return eval_const(n->a, v, g);
	if (n->op == N_MEMBER && eval_addr(n->a, v, g)) {
		*v += n->mem->off + n->val;
		return 1;
	}
	return 0;
}

/* the value of a constant expression: an integer, or an address: the
 * symbol *g plus *v */
int eval_const(Node *n, long *v, GSym **g)
{
	long a, b;
	GSym *ga, *gb;
	int ok = 1;

	*g = 0;
	*v = 0;
	if (n->op == N_NUM) {
		*v = n->val;
		return 1;
	}
	if (n->op == N_ADDR)
		return eval_addr(n->a, v, g);
	if (n->op == N_VAR && (n->ty->kind == TY_ARRAY || n->ty->kind == TY_FUNC))
		return eval_addr(n, v, g);
	if (n->op == N_CAST) {
		if (!eval_const(n->a, v, g) || (*g && n->ty->size != 8))
			return 0;
		if (is_int(n->ty) && !*g)
			*v = trunc_to(*v, n->ty);
		return is_int(n->ty) || is_ptr(n->ty) || is_void(n->ty);
	}
	if (n->op == N_COND) {
		if (!eval_const(n->a, &a, &ga) || ga)
			return 0;
		return eval_const(a ? n->b : n->c, v, g);
	}
	if (n->op >= N_ADD && n->op <= N_LE) {
		if (!eval_const(n->a, &a, &ga) || !eval_const(n->b, &b, &gb))
			return 0;
		if (n->op == N_ADD && gb && !ga) {
			ga = gb;
			gb = 0;
		}
		if (n->op == N_SUB && ga && ga == gb) {
			ga = gb = 0;
		}
		if (gb || (ga && n->op != N_ADD && n->op != N_SUB))
			return 0;
		*v = fold_int(n->op, a, b, n->a->ty->uns || is_ptr(n->a->ty), &ok);
		if (is_int(n->ty))
			*v = trunc_to(*v, n->ty);
		*g = ga;
		return ok;
	}
	return 0;
}

long const_int(Node *n)
{
	long v;
	GSym *g;

	if (!eval_const(n, &v, &g) || g)
		error_tok(n->tok, "expected a constant integer expression");
	return v;
}

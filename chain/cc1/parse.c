/* parse.c: the declarations and statements of a translation unit (C99
 * 6.7-6.9): scopes, declaration specifiers and declarators, struct,
 * union and enum types, initializers, statements, and each function,
 * handed to gen.c once its body is parsed. Expressions are expr.c's. */
#include "cc1.h"

typedef struct Attr Attr;
struct Attr {
	int align;
	int packed;
	int weak;
	int ctor;
	int dtor;
	int sect;
	int is_inline;
	Name *alias;
	Name *cleanup;
};

/* where a break or continue goes: its label, and the scope depth and
 * the cleanups in force there */
typedef struct Jump Jump;
struct Jump {
	int label;
	int depth;
	Node *cleanups;
};

typedef struct Init Init;
struct Init {
	long off;
	Type *ty;
	Member *bf;
	Type *sty;
	Node *expr;
	Init *next;
};

/* the keywords, in the order of their KW_ numbers, between bars; the
 * spellings of one keyword between spaces */
static char *keywords =
	"void|char|short|int|long|float|double|signed __signed __signed__|unsigned|_Bool|_Complex|"
	"struct|union|enum|typedef|extern|static|auto|register|const __const __const__|"
	"volatile __volatile __volatile__|restrict __restrict __restrict__|"
	"inline __inline __inline__|_Noreturn|_Alignas|_Thread_local __thread|_Atomic|"
	"typeof __typeof __typeof__|__attribute__ __attribute|asm __asm __asm__|__extension__|"
	"__builtin_va_list||sizeof|_Alignof __alignof __alignof__|_Generic|_Static_assert|if|"
	"else|while|do|for|switch|case|default|break|continue|return|goto|__label__|"
	"__func__ __FUNCTION__ __PRETTY_FUNCTION__|__builtin_va_start|__builtin_va_arg|"
	"__builtin_va_end|__builtin_va_copy|__builtin_offsetof|__builtin_types_compatible_p|"
	"__builtin_constant_p|__builtin_expect|__builtin_choose_expr|__builtin_alloca alloca|"
	"__arm64_clear_cache|__builtin_unreachable";

Tok *tok;
Func *cur_func;
static Tok *peeked;
static int depth;
static Sym *scope_stack;
static Node *cur_switch;
static Jump brk, cont;
static Name *label_names[1024];
static int label_ids[1024];
static Tok *label_used[1024];
static int nlabel_names;
static Node *vla_head, **vla_tail = &vla_head;
static Node *cur_block;
static Node *vla_blocks[64];
static int vla_depths[64];
static int nvla_blocks;
/* the cleanups of the variables in scope, innermost first (linked by d),
 * and those of each label and goto */
static Node *cleanups;
static Node *label_cleanups[1024];
static Node *gotos;
static Attr *decl_attr;

void parse_init(void)
{
	char *p = keywords, *q;
	int kw = 1;

	for (; *p; p++) {
		for (q = p; *q && *q != ' ' && *q != '|'; q++)
			;
		if (q > p)
			intern(p, q - p)->kw = kw;
		p = q;
		kw += *p == '|';
		if (!*p)
			break;
	}
}

void next(void)
{
	if (peeked) {
		tok = peeked;
		peeked = 0;
	} else {
		tok = pp_next();
	}
}

Tok *peek(void)
{
	if (!peeked)
		peeked = pp_next();
	return peeked;
}

int is(int punct)
{
	return tok->kind == TK_PUNCT && tok->punct == punct;
}

int accept(int punct)
{
	if (!is(punct))
		return 0;
	next();
	return 1;
}

void expect(int punct, char *what)
{
	if (!accept(punct))
		error_tok(tok, cat(cat("expected ", what), cat(" before ", tok_str(tok))));
}

int is_kw(int kw)
{
	return tok->kind == TK_IDENT && tok->name->kw == kw;
}

static Name *ident(char *what)
{
	Name *n;

	if (tok->kind != TK_IDENT || (tok->name->kw && tok->name->kw < KW_LABEL))
		error_tok(tok, cat("expected ", what));
	n = tok->name;
	next();
	return n;
}

int new_label(void)
{
	return ++cur_func->nlabels;
}

/* scopes: each name's innermost symbol is on the Name; leaving a scope
 * puts back what it hid */
static void scope_enter(void)
{
	depth++;
}

static void scope_leave(void)
{
	Sym *s;

	while (scope_stack && scope_stack->depth >= depth) {
		s = scope_stack;
		if (s->kind == SY_TAG)
			s->name->tag = s->shadow;
		else
			s->name->sym = s->shadow;
		scope_stack = s->next;
	}
	depth--;
}

static Sym *declare(Name *name, int kind, Type *ty, Tok *t)
{
	Sym *s = alloc(sizeof(Sym));

	s->kind = kind;
	s->name = name;
	s->ty = ty;
	s->tok = t;
	s->depth = depth;
	if (kind == SY_TAG) {
		s->shadow = name->tag;
		name->tag = s;
	} else {
		s->shadow = name->sym;
		name->sym = s;
	}
	s->next = scope_stack;
	scope_stack = s;
	return s;
}

Sym *new_local(Name *name, Type *ty, Tok *t)
{
	Sym *s;

	if (!name)
		name = intern("", 0);
	s = declare(name, SY_VAR, ty, t);
	s->local = 1;
	/* a struct's slot is whole words: it may be stored from registers */
	s->off = frame_local(is_aggr(ty) ? (ty->size + 7) & -8 : ty->size, ty->align);
	return s;
}

/* a variable of cc1's own at off in the frame (0: placed later) */
static Sym *hidden_local(Type *ty, long off)
{
	Sym *s = alloc(sizeof(Sym));

	s->kind = SY_VAR;
	s->ty = ty;
	s->local = 1;
	s->off = off;
	return s;
}

Sym *new_anon_global(Type *ty)
{
	Sym *s = alloc(sizeof(Sym));

	s->kind = SY_VAR;
	s->ty = ty;
	s->g = gsym_new(0);
	return s;
}

int is_typename(Tok *t)
{
	if (t->kind != TK_IDENT)
		return 0;
	if (t->name->kw)
		return t->name->kw < KW_LAST_TYPE;
	return t->name->sym && t->name->sym->kind == SY_TYPEDEF;
}

static Node *new_stmt(int op, Tok *t)
{
	return new_node(op, ty_void, t);
}

/* __attribute__((...)) lists, and asm("name") labels, which cc1 skips */
static void skip_parens(void)
{
	int d = 0;

	do {
		if (tok->kind == TK_EOF)
			error_tok(tok, "unbalanced parentheses");
		if (is('('))
			d++;
		if (is(')'))
			d--;
		next();
	} while (d);
}

static int attr_is(Name *n, char *s)
{
	int len = strlen(s);
	char *p = n->s;
	int plen = n->len;

	if (plen > 4 && p[0] == '_' && p[1] == '_' && p[plen - 1] == '_' && p[plen - 2] == '_') {
		p += 2;
		plen -= 4;
	}
	return plen == len && memcmp(p, s, len) == 0;
}

static char *str_arg(void)
{
	Node *s;
	GSym *g;
	long v;

	expect('(', "'('");
	s = string_lit();
	expect(')', "')'");
	eval_const(s, &v, &g);
	return dupn(sect_data(g->sect) + g->off, s->ty->size);
}

static void attributes(Attr *a)
{
	Name *n;
	long v;
	char *p;

	for (;;) {
		if (is_kw(KW_ASM)) {
			next();
			skip_parens();
			continue;
		}
		if (!is_kw(KW_ATTRIBUTE))
			return;
		next();
		expect('(', "'(' after __attribute__");
		expect('(', "'(' after __attribute__");
		while (!is(')')) {
			if (accept(','))
				continue;
			if (tok->kind != TK_IDENT)
				error_tok(tok, "expected an attribute name");
			n = tok->name;
			next();
			if (attr_is(n, "aligned")) {
				v = 16;
				if (accept('(')) {
					v = const_int(cond_expr());
					expect(')', "')'");
				}
				if (v > a->align)
					a->align = v;
			} else if (attr_is(n, "packed")) {
				a->packed = 1;
			} else if (attr_is(n, "weak")) {
				a->weak = 1;
			} else if (attr_is(n, "constructor") || attr_is(n, "destructor")) {
				/* the priority; those without one come after */
				v = 65536;
				if (accept('(')) {
					v = const_int(cond_expr());
					expect(')', "')'");
				}
				*(attr_is(n, "constructor") ? &a->ctor : &a->dtor) = v;
			} else if (attr_is(n, "section")) {
				p = str_arg();
				a->sect = streq(p, ".text") ? S_TEXT : streq(p, ".preinit_array") ? S_PREINIT :
					  streq(p, ".init_array") ? S_INIT : streq(p, ".fini_array") ? S_FINI : 0;
			} else if (attr_is(n, "cleanup")) {
				expect('(', "'('");
				a->cleanup = ident("a function");
				expect(')', "')'");
			} else if (attr_is(n, "alias")) {
				p = str_arg();
				a->alias = intern(p, strlen(p));
			} else if (is('(')) {
				skip_parens();
			}
		}
		expect(')', "')'");
		expect(')', "')'");
	}
}

static Type *struct_decl(int kind);
static Type *enum_decl(void);
static Type *declspec_type(int base, int nlong, int nshort, int sign, int uns, Tok *start);
static Type *declarator(Type *ty, Tok **name);

static void static_assert_decl(void)
{
	Tok *t = tok;
	long v;

	next();
	expect('(', "'('");
	v = const_int(cond_expr());
	if (accept(','))
		string_lit();
	expect(')', "')'");
	expect(';', "';'");
	if (!v)
		error_tok(t, "static assertion failed");
}

/* Declaration specifiers: the storage class in *sclass (when allowed),
 * attributes and alignment in *a, the type as the result. */
static Type *declspec(int *sclass, Attr *a)
{
	Type *ty = 0;
	int base = 0, nlong = 0, nshort = 0, sign = 0, uns = 0, kw, qual = 0;
	Tok *start = tok;
	long v;

	if (sclass)
		*sclass = SC_NONE;
	for (;;) {
		if (tok->kind != TK_IDENT)
			break;
		kw = tok->name->kw;
		if (kw == KW_ATTRIBUTE || kw == KW_ASM) {
			attributes(a);
			continue;
		}
		if (!kw && !ty && !base && !nlong && !nshort && !sign && !uns && tok->name->sym &&
		    tok->name->sym->kind == SY_TYPEDEF) {
			ty = tok->name->sym->ty;
			next();
			continue;
		}
		if (!kw || kw >= KW_LAST_TYPE)
			break;
		next();
		if (kw == KW_TYPEDEF || kw == KW_EXTERN || kw == KW_STATIC || kw == KW_AUTO ||
		    kw == KW_REGISTER) {
			if (!sclass)
				error_tok(start, "a storage class is not allowed here");
			if (kw != KW_AUTO && kw != KW_REGISTER)
				*sclass = kw == KW_TYPEDEF ? SC_TYPEDEF : kw == KW_EXTERN ? SC_EXTERN : SC_STATIC;
		} else if (kw == KW_ALIGNAS) {
			expect('(', "'('");
			v = is_typename(tok) ? typename()->align : const_int(cond_expr());
			expect(')', "')'");
			if (v > a->align)
				a->align = v;
		} else if (kw == KW_ATOMIC && is('(')) {
			next();
			ty = typename();
			expect(')', "')'");
		} else if (kw == KW_CONST || kw == KW_VOLATILE) {
			qual |= kw == KW_CONST ? 1 : 2;
		} else if (kw == KW_INLINE) {
			a->is_inline = 1;
		} else if (kw == KW_RESTRICT || kw == KW_NORETURN ||
			   kw == KW_THREAD || kw == KW_ATOMIC || kw == KW_EXTENSION) {
			continue;
		} else if (kw == KW_SIGNED) {
			sign = 1;
		} else if (kw == KW_UNSIGNED) {
			uns = 1;
		} else if (kw == KW_SHORT) {
			nshort++;
		} else if (kw == KW_LONG) {
			nlong++;
		} else if (kw == KW_STRUCT || kw == KW_UNION) {
			ty = struct_decl(kw == KW_STRUCT ? TY_STRUCT : TY_UNION);
		} else if (kw == KW_ENUM) {
			ty = enum_decl();
		} else if (kw == KW_VALIST) {
			ty = ty_valist;
		} else if (kw == KW_TYPEOF) {
			expect('(', "'('");
			ty = is_typename(tok) ? typename() : expr()->ty;
			expect(')', "')'");
		} else if (kw == KW_COMPLEX) {
			error_tok(start, "cc1 has no complex types");
		} else {
			if (base)
				error_tok(start, "two types in one declaration");
			base = kw;
		}
	}
	if (ty)
		return qualified(ty, qual | ty->qual);
	if (qual)
		return qualified(declspec_type(base, nlong, nshort, sign, uns, start), qual);
	return declspec_type(base, nlong, nshort, sign, uns, start);
}

static Type *declspec_type(int base, int nlong, int nshort, int sign, int uns, Tok *start)
{
	if (base == KW_VOID)
		return ty_void;
	if (base == KW_BOOL)
		return ty_bool;
	if (base == KW_FLOAT)
		return ty_float;
	if (base == KW_DOUBLE)
		return nlong ? ty_ldouble : ty_double;
	if (base == KW_CHAR)
		return sign ? ty_schar : uns ? ty_uchar : ty_char;
	if (nshort)
		return uns ? ty_ushort : ty_short;
	if (nlong)
		return uns ? (nlong > 1 ? ty_ullong : ty_ulong) : (nlong > 1 ? ty_llong : ty_long);
	if (base != KW_INT && !sign && !uns && start == tok)
		error_tok(tok, cat("expected a type, not ", tok_str(tok)));
	return uns ? ty_uint : ty_int;
}

static Type *struct_decl(int kind)
{
	Attr a, ma;
	Name *tag = 0;
	Sym *s;
	Type *ty = 0, *base;
	Member head;
	Member *cur = &head, *m;
	Tok *t = tok, *name;

	memset(&a, 0, sizeof a);
	attributes(&a);
	if (tok->kind == TK_IDENT)
		tag = ident("a tag");
	if (!tag && !is('{'))
		error_tok(tok, "expected a tag or '{'");
	if (tag && !is('{')) {
		s = tag->tag;
		if (s && (is(';') ? s->depth == depth : 1)) {
			if (s->ty->kind != kind)
				error_tok(t, "the tag names another kind of type");
			return s->ty;
		}
		ty = new_type(kind, 0, 1);
		ty->incomplete = 1;
		declare(tag, SY_TAG, ty, t);
		return ty;
	}
	next();
	if (tag && tag->tag && tag->tag->depth == depth && tag->tag->ty->incomplete &&
	    tag->tag->ty->kind == kind)
		ty = tag->tag->ty;
	if (!ty) {
		ty = new_type(kind, 0, 1);
		if (tag)
			declare(tag, SY_TAG, ty, t);
	}
	head.next = 0;
	while (!accept('}')) {
		if (is_kw(KW_STATIC_ASSERT)) {
			static_assert_decl();
			continue;
		}
		memset(&ma, 0, sizeof ma);
		base = declspec(0, &ma);
		if (accept(';')) {
			if (base->kind != TY_STRUCT && base->kind != TY_UNION)
				continue;
			cur = cur->next = alloc(sizeof(Member));
			cur->ty = base;
			cur->align = ma.align;
			continue;
		}
		for (;;) {
			m = alloc(sizeof(Member));
			name = 0;
			m->ty = base;
			if (!is(':'))
				m->ty = declarator(base, &name);
			attributes(&ma);
			if (name)
				m->name = name->name;
			if (accept(':')) {
				m->bits = const_int(cond_expr());
				if (m->bits == 0)
					m->bits = -1;
				if (!is_int(m->ty) || m->bits > m->ty->size * 8)
					error_tok(t, "bad bit-field");
			}
			attributes(&ma);
			m->align = ma.align;
			cur = cur->next = m;
			if (!accept(','))
				break;
		}
		expect(';', "';' after a member");
	}
	attributes(&a);
	ty->mem = head.next;
	ty->packed = a.packed;
	ty->pack = pp_pack;
	ty->align = a.align ? a.align : 1;
	layout_struct(ty, t);
	return ty;
}

static Type *enum_decl(void)
{
	Name *tag = 0;
	Type *ty, *base;
	Sym *s;
	Tok *t = tok;
	Attr a = {0};
	long v = 0, lo = 0, hi = 0;

	attributes(&a);
	if (tok->kind == TK_IDENT)
		tag = ident("a tag");
	if (tag && !is('{')) {
		if (tag->tag)
			return tag->tag->ty;
		ty = new_type(TY_INT, 4, 4);
		ty->uns = 1;
		declare(tag, SY_TAG, ty, t);
		return ty;
	}
	expect('{', "'{'");
	ty = new_type(TY_INT, 4, 4);
	if (tag)
		declare(tag, SY_TAG, ty, t);
	while (!accept('}')) {
		t = tok;
		s = declare(ident("an enumeration constant"), SY_ENUM, ty_int, t);
		attributes(&a);
		if (accept('='))
			v = const_int(cond_expr());
		s->val = v;
		if (v != (int)v)
			s->ty = v < 0 || v > 0xffffffffL ? ty_long : ty_uint;
		if (v < lo)
			lo = v;
		if (v > hi)
			hi = v;
		v++;
		if (!accept(',')) {
			expect('}', "'}'");
			break;
		}
	}
	attributes(&a);
	if (lo < 0)
		base = lo < -0x80000000L || hi > 0x7fffffffL ? ty_long : ty_int;
	else
		base = hi > 0xffffffffL ? ty_ulong : ty_uint;
	*ty = *base;
	return ty;
}

/* the adjustments of a parameter's type: arrays and functions are
 * pointers */
static Type *param_type(Type *t)
{
	if (t->kind == TY_ARRAY)
		return ptr_to(t->base);
	if (t->kind == TY_FUNC)
		return ptr_to(t);
	return t;
}

static Type *params(Type *ret)
{
	Attr *outer;
	Type *ft = func_type(ret), *base;
	Param head;
	Param *cur = &head, *p;
	Attr a;
	Tok *name;

	head.next = 0;
	if (accept(')')) {
		ft->oldstyle = 1;
		return ft;
	}
	if (is_kw(KW_VOID) && peek()->kind == TK_PUNCT && peek()->punct == ')') {
		next();
		next();
		return ft;
	}
	/* each parameter is in scope for the sizes of the ones after it */
	outer = decl_attr;
	decl_attr = 0;
	scope_enter();
	for (;;) {
		if (accept(P_ELLIPSIS)) {
			ft->variadic = 1;
			break;
		}
		p = alloc(sizeof(Param));
		p->tok = tok;
		memset(&a, 0, sizeof a);
		base = declspec(0, &a);
		name = 0;
		p->ty = param_type(declarator(base, &name));
		attributes(&a);
		if (name) {
			p->name = name->name;
			p->tok = name;
			p->sym = declare(p->name, SY_VAR, p->ty, p->tok);
			p->sym->local = 1;
		}
		cur = cur->next = p;
		if (!accept(','))
			break;
	}
	scope_leave();
	decl_attr = outer;
	expect(')', "')' after the parameters");
	ft->params = head.next;
	return ft;
}

/* The array and function parts after a declarator's name. The size of
 * a variable-length array is a variable that a statement sets where the
 * declaration is (take_vla gives them out). */
static Type *suffix(Type *ty)
{
	Node *n = 0, *st;
	Tok *t = tok;
	Sym *vs;
	long len = -1;

	if (accept('('))
		return params(ty);
	if (!accept('['))
		return ty;
	while (is_kw(KW_STATIC) || is_kw(KW_CONST) || is_kw(KW_RESTRICT) || is_kw(KW_VOLATILE))
		next();
	if (accept('*')) {
		expect(']', "']'");
		return array_of(suffix(ty), -1);
	}
	if (!is(']')) {
		n = rval(assign());
		if (!is_int(n->ty))
			error_tok(t, "an array's size must be an integer");
		if (n->op == N_NUM) {
			len = n->val;
			if (len < 0)
				error_tok(n->tok, "negative array size");
			n = 0;
		}
	}
	expect(']', "']'");
	ty = suffix(ty);
	if (ty->incomplete && ty->kind != TY_VOID)
		error_tok(tok, "array of an incomplete type");
	if (!n && !ty->vla)
		return array_of(ty, len);
	vs = hidden_local(ty_ulong, 0);
	st = new_stmt(S_EXPR, t);
	st->a = assign_to(new_var(vs, t), scale(n ? n : new_num(len, ty_long, t), ty, t), t);
	*vla_tail = st;
	vla_tail = &st->next;
	ty = array_of(ty, -1);
	ty->incomplete = 0;
	ty->vla = vs;
	return ty;
}

/* the statements that set the sizes of the variable-length arrays
 * declared since the last call, their variables placed in the frame */
static Node *take_vla(void)
{
	Node *h = vla_head, *n;

	for (n = h; n; n = n->next)
		if (!n->a->a->sym->off)
			n->a->a->sym->off = frame_local(8, 8);
	vla_head = 0;
	vla_tail = &vla_head;
	return h;
}

/* the sizes of the arrays built around a placeholder that is now ty */
static Type *fill_placeholder(Type *t, Type *ph, Type *ty)
{
	if (t == ph)
		return ty;
	t->base = fill_placeholder(t->base, ph, ty);
	if (t->origin)
		fill_placeholder(t->origin, ph, ty);
	if (t->kind == TY_ARRAY) {
		t->size = t->base->size * (t->len < 0 ? 0 : t->len);
		t->align = t->base->align;
	}
	return t;
}

/* A declarator over ty; *name gets its name token, or stays NULL for an
 * abstract one. A parenthesized inner declarator is parsed over a
 * placeholder that becomes what the suffixes after it make. */
static Type *declarator(Type *ty, Tok **name)
{
	Type *ph, *inner;
	Attr a = {0};
	Tok *n;

	for (;;) {
		if (accept('*')) {
			ty = ptr_to(ty);
		} else if (is_kw(KW_CONST) || is_kw(KW_VOLATILE)) {
			ty = qualified(ty, ty->qual | (is_kw(KW_CONST) ? 1 : 2));
			next();
		} else if (is_kw(KW_RESTRICT) || is_kw(KW_ATOMIC) || is_kw(KW_EXTENSION)) {
			next();
		} else if (is_kw(KW_ATTRIBUTE)) {
			attributes(decl_attr ? decl_attr : &a);
		} else {
			break;
		}
	}
	if (is('(')) {
		n = peek();
		if ((n->kind == TK_PUNCT && (n->punct == '*' || n->punct == '(' || n->punct == '[')) ||
		    (n->kind == TK_IDENT && n->name->kw == KW_ATTRIBUTE) ||
		    (n->kind == TK_IDENT && !is_typename(n) && !n->name->kw)) {
			next();
			ph = new_type(TY_VOID, 0, 1);
			inner = declarator(ph, name);
			expect(')', "')'");
			return fill_placeholder(inner, ph, suffix(ty));
		}
	}
	if (tok->kind == TK_IDENT && (!tok->name->kw || tok->name->kw >= KW_LABEL)) {
		*name = tok;
		next();
	}
	return suffix(ty);
}

Type *typename(void)
{
	Attr a = {0};
	Tok *name = 0;
	Type *ty;

	ty = declarator(declspec(0, &a), &name);
	if (name)
		error_tok(name, "a type name has no declared name");
	return a.align > ty->align ? aligned_type(ty, a.align) : ty;
}

/* Initializers (C99 6.7.8). An initializer becomes a list of entries,
 * each a value for the object at an offset (or a bit-field of the struct
 * there); a later entry overrides an earlier one. A braced list fills
 * its aggregate in order from where designators put it; an aggregate met
 * without braces takes as many of the list's values as it holds. An
 * expression met where an aggregate starts is pending: it initializes
 * the aggregate if it has its type, else its first scalar. The state
 * of the initializer being read: its n entries; the array of unknown
 * length it completes (top) and the length seen (max); whether it has
 * designators; the pending expression. */
typedef struct Inits Inits;
struct Inits {
	Init *head;
	Init **tail;
	long n;
	Type *top;
	long max;
	int designators;
	Node *pending;
};
static Inits ini;

static void add_init(long off, Type *ty, Node *e, Member *bf, Type *sty)
{
	Init *i = alloc(sizeof(Init));

	i->off = off;
	i->ty = ty;
	i->expr = e;
	i->bf = bf;
	i->sty = sty;
	*ini.tail = i;
	ini.tail = &i->next;
	ini.n++;
}

static int is_string_array(Type *ty)
{
	return ty->kind == TY_ARRAY && is_int(ty->base) && tok->kind == TK_STR;
}

static Node *take_value(void)
{
	Node *e = ini.pending;

	ini.pending = 0;
	return e ? e : assign();
}

static void init_one(Type *ty, long off);

/* the number of positions of aggregate ty (huge for unknown length) */
static long init_len(Type *ty)
{
	long n = 0;
	Member *m;

	if (ty->kind == TY_ARRAY)
		return ty->len < 0 ? 0x7fffffffffffffffL : ty->len;
	if (ty->kind == TY_UNION)
		return 1;
	for (m = ty->mem; m; m = m->next)
		n++;
	return n;
}

static Member *member_at(Type *ty, long pos)
{
	Member *m = ty->mem;

	while (pos-- > 0 && m)
		m = m->next;
	return m;
}

static void seen_index(Type *ty, long i)
{
	if (ty == ini.top && i + 1 > ini.max)
		ini.max = i + 1;
}

static void init_at(Type *ty, long off, long pos)
{
	Member *m;

	if (ty->kind == TY_ARRAY) {
		seen_index(ty, pos);
		init_one(ty->base, off + ty->base->size * pos);
		return;
	}
	m = member_at(ty, pos);
	if (m->bits)
		add_init(off, m->ty, cast(rval(take_value()), m->ty), m, ty);
	else
		init_one(m->ty, off + m->off);
}

static long designate(Type *ty, long off);

/* whether pos is an unnamed bit-field, which takes no value */
static int skipped(Type *ty, long pos)
{
	Member *m;

	if (ty->kind == TY_ARRAY)
		return 0;
	m = member_at(ty, pos);
	return m && !m->name && m->bits;
}

/* fills aggregate ty at off from position pos: to its '}' when braced,
 * else until it is full or a designator comes */
static void fill(Type *ty, long off, long pos, int braced)
{
	int first = pos == 0;
	long len = init_len(ty);
	Tok *n;

	for (;;) {
		while (pos < len && skipped(ty, pos))
			pos++;
		if (!first) {
			if (!is(','))
				break;
			n = peek();
			if (n->kind == TK_PUNCT && (n->punct == '}' ||
			    (!braced && (n->punct == '.' || n->punct == '['))))
				break;
			if (!braced && pos >= len)
				break;
			next();
		}
		first = 0;
		if (is('}') && !ini.pending)
			break;
		if (braced && (is('.') || is('['))) {
			pos = designate(ty, off) + 1;
			continue;
		}
		if (pos >= len) {
			if (!braced)
				break;
			error_tok(tok, "too many initializers");
		}
		init_at(ty, off, pos);
		pos++;
	}
}

/* after a designator of sub at suboff: more designators, or its value */
static void designated(Type *sub, long suboff)
{
	long i;

	if (is('.') || is('[')) {
		i = designate(sub, suboff);
		fill(sub, suboff, i + 1, 0);
		return;
	}
	accept('=');
	init_one(sub, suboff);
}

static long designate_member(Type *ty, long off, Name *n, Tok *t)
{
	Member *m;
	long pos = 0, o;

	if (ty->kind != TY_STRUCT && ty->kind != TY_UNION)
		error_tok(t, "a member designator for what is not a struct");
	for (m = ty->mem; m; m = m->next, pos++) {
		o = 0;
		if (m->name == n || (!m->name && !m->bits && find_member(m->ty, n, &o)))
			break;
	}
	if (!m)
		error_tok(t, cat("no member named ", n->s));
	if (!m->name) {
		o = designate_member(m->ty, off + m->off, n, t);
		fill(m->ty, off + m->off, o + 1, 0);
	} else if (m->bits) {
		accept('=');
		init_at(ty, off, pos);
	} else {
		designated(m->ty, off + m->off);
	}
	return pos;
}

static long designate(Type *ty, long off)
{
	long pos, hi, i, j, n;
	Init **from;
	Init *e;
	Tok *t = tok;

	ini.designators = 1;
	if (accept('.'))
		return designate_member(ty, off, ident("a member name"), t);
	expect('[', "'.' or '['");
	if (ty->kind != TY_ARRAY)
		error_tok(t, "an index designator for what is not an array");
	pos = hi = const_int(cond_expr());
	if (accept(P_ELLIPSIS))
		hi = const_int(cond_expr());
	expect(']', "']'");
	seen_index(ty, hi);
	from = ini.tail;
	n = ini.n;
	designated(ty->base, off + pos * ty->base->size);
	n = ini.n - n;
	/* [a ... b] = v: the same value for every element */
	for (i = pos + 1; i <= hi; i++) {
		e = *from;
		for (j = 0; j < n; j++, e = e->next)
			add_init(e->off + (i - pos) * ty->base->size, e->ty, e->expr, e->bf, e->sty);
	}
	return hi;
}

/* a string literal s (parsed here if not given) for a char array */
static void string_init(Type *ty, long off, Node *s)
{
	long len;

	if (!s)
		s = string_lit();
	len = s->ty->len;
	if (ty->len >= 0 && len > ty->len)
		len = ty->len;
	if (ty->len < 0)
		seen_index(ty, len - 1);
	add_init(off, array_of(ty->base, len), s, 0, 0);
}

static void init_one(Type *ty, long off)
{
	Node *e;

	if (is('{') && !ini.pending) {
		next();
		/* a braced list makes the whole subobject anew: what a
		 * designator put there before is gone */
		if (ini.designators && is_aggr(ty))
			add_init(off, ty, 0, 0, 0);
		if (is_string_array(ty))
			string_init(ty, off, 0);
		else if (!is_aggr(ty))
			init_one(ty, off);
		else
			fill(ty, off, 0, 1);
		accept(',');
		expect('}', "'}'");
		return;
	}
	if (is_string_array(ty) && !ini.pending) {
		string_init(ty, off, 0);
		return;
	}
	e = ini.pending;
	if (e && ty->kind == TY_ARRAY && is_int(ty->base) && e->op == N_VAR &&
	    e->ty->kind == TY_ARRAY && !e->sym->name && e->sym->g && e->sym->g->sect == S_RODATA) {
		/* a string met where an aggregate holding this array began */
		string_init(ty, off, take_value());
		return;
	}
	if (is_aggr(ty)) {
		e = take_value();
		if (ty->kind != TY_ARRAY && same_type(e->ty, ty)) {
			add_init(off, ty, e, 0, 0);
			return;
		}
		ini.pending = e;
		fill(ty, off, 0, 0);
		if (ini.pending)
			error_tok(e->tok, "cannot initialize an aggregate with this");
		return;
	}
	add_init(off, ty, cast(rval(take_value()), ty), 0, 0);
}

/* the entries of the initializer of an object of type *ty, which it
 * completes if it is an array of unknown length */
static Init *initializer(Type **ty)
{
	Inits outer = ini;
	Init *r;

	memset(&ini, 0, sizeof ini);
	ini.tail = &ini.head;
	ini.top = (*ty)->kind == TY_ARRAY && (*ty)->len < 0 ? *ty : 0;
	init_one(*ty, 0);
	if (ini.top)
		*ty = array_of((*ty)->base, ini.max);
	r = ini.head;
	ini = outer;
	return r;
}

/* Lays out a static object: its bytes, and a relocation for each
 * address in it. All zero, it goes to .bss. */
static void emit_static(GSym *g, Type *ty, Init *list, int in)
{
	long size = ty->size, off, v, mask;
	char *buf;
	Init *e;
	Reloc *rel;
	int nr = 0, i, zero = 1, sect;
	GSym *s;

	for (e = list; e; e = e->next) {
		if (e->off + e->ty->size > size)
			size = e->off + e->ty->size;
		nr += 1 + e->ty->size / 8;
	}
	buf = alloc(size);
	rel = alloc(sizeof(Reloc) * (nr + 1));
	nr = 0;
	for (e = list; e; e = e->next) {
		off = e->off;
		for (i = 0; i < nr; i++)
			if (rel[i].off + 8 > off && rel[i].off < off + e->ty->size)
				rel[i].off = -100;
		if (e->ty->kind == TY_ARRAY && e->expr && e->expr->op == N_VAR && e->expr->sym->name)
			error_tok(e->expr->tok, "the initializer is not constant");
		if (!e->expr) {
			memset(buf + off, 0, e->ty->size);
		} else if (e->bf) {
			off += e->bf->off;
			if (!eval_const(e->expr, &v, &s) || s)
				error_tok(e->expr->tok, "the initializer is not constant");
			for (i = 0; i < e->bf->bits; i++) {
				mask = e->bf->bitoff + i;
				buf[off + mask / 8] &= ~(1 << mask % 8);
				buf[off + mask / 8] |= (v >> i & 1) << mask % 8;
			}
		} else if (is_aggr(e->ty) && e->expr->op == N_VAR && !e->expr->sym->local &&
			   !e->expr->sym->name && e->expr->sym->g->state == G_DEFINED) {
			/* a string, or a compound literal: its bytes and addresses */
			s = e->expr->sym->g;
			if (s->sect != S_BSS)
				memcpy(buf + off, sect_data(s->sect) + s->off, e->ty->size);
			i = sect_relocs(s->sect, s->off, e->ty->size, rel + nr);
			for (; i > 0; i--, nr++)
				rel[nr].off += off;
		} else if (e->expr->op == N_FNUM) {
			put_le(buf + off, e->expr->f.lo, e->ty->size < 8 ? e->ty->size : 8);
			if (e->ty->size == 16)
				put_le(buf + off + 8, e->expr->f.hi, 8);
		} else if (is_scalar(e->ty) && eval_const(e->expr, &v, &s)) {
			put_le(buf + off, v, e->ty->size);
			if (s) {
				if (e->ty->size != 8)
					error_tok(e->expr->tok, "an address does not fit there");
				rel[nr].g = s;
				rel[nr].off = off;
				rel[nr++].addend = v;
			}
		} else {
			error_tok(e->expr->tok, "the initializer is not constant");
		}
	}
	for (i = 0; i < size && zero; i++)
		zero = buf[i] == 0;
	for (i = 0; i < nr; i++)
		if (rel[i].off >= 0)
			zero = 0;
	sect = in ? in : zero ? S_BSS : S_DATA;
	if (ty->align > g->align)
		g->align = ty->align;
	g->sect = sect;
	g->size = size;
	g->state = G_DEFINED;
	if (sect == S_BSS) {
		g->off = sect_bss(size, g->align);
		return;
	}
	g->off = sect_put(sect, buf, size, g->align);
	for (i = 0; i < nr; i++)
		if (rel[i].off >= 0)
			sect_reloc(sect, g->off + rel[i].off, R_ABS64, rel[i].g, rel[i].addend);
}

Node *local_init(Sym *var, Tok *t, int keep)
{
	Type *ty = var->ty;
	Init *list = initializer(&ty);
	Node *n = new_node(N_INIT, ty, t), *lhs, *base;
	Node head;
	Node *cur = &head;

	if (ty != var->ty) {
		var->ty = ty;
		var->off = frame_local((ty->size + 7) & -8, ty->align);
	}
	if (is_scalar(ty) && list && !list->next && !keep)
		return assign_to(new_var(var, t), list->expr, t);
	n->a = new_var(var, t);
	n->val = 1;
	head.next = 0;
	for (; list; list = list->next) {
		base = new_node(N_ADDR, ptr_to(ty), t);
		base->a = n->a;
		if (list->bf) {
			lhs = new_node(N_MEMBER, list->ty, t);
			lhs->a = add_offset(base, list->off, list->sty, t);
			lhs->mem = list->bf;
		} else {
			lhs = add_offset(base, list->off, list->ty, t);
		}
		cur = cur->next = new_node(list->expr ? N_ASSIGN : N_INIT, list->ty, t);
		cur->a = lhs;
		cur->b = list->expr;
		cur->val = !list->expr;
	}
	n->b = head.next;
	return n;
}

/* the initializer of a static object, or of a compound literal outside
 * a function; its place in sect, if given */
void static_init(Sym *var, int sect)
{
	Type *ty = var->ty;
	Init *list;

	static_ctx++;
	list = initializer(&ty);
	static_ctx--;
	var->ty = ty;
	emit_static(var->g, ty, list, sect);
}

/* int name(), declared where a call of an undeclared name is met */
Sym *implicit_func(Name *name, Type *ft, Tok *t)
{
	Sym *s = declare(name, SY_VAR, ft, t);

	s->g = gsym_extern(name);
	return s;
}

/* a named label's number in the current function */
int label_of(Name *n, Tok *t, int define)
{
	int i;

	for (i = 0; i < nlabel_names; i++)
		if (label_names[i] == n)
			break;
	if (i == nlabel_names) {
		if (i == 1024)
			error_tok(t, "too many labels in one function");
		label_names[i] = n;
		label_ids[i] = new_label();
		label_used[i] = t;
		nlabel_names++;
	}
	if (define) {
		if (!label_used[i])
			error_tok(t, cat("duplicate label ", n->s));
		label_used[i] = 0;
	}
	return label_ids[i];
}

static Node *declaration(int global);
static Node *stmt(void);

static Node *append_stmts(Node *cur, Node *list)
{
	cur->next = list;
	while (cur->next)
		cur = cur->next;
	return cur;
}

/* the calls of the cleanups from `from` up to `to`, innermost first */
static Node *cleanup_calls(Node *from, Node *to)
{
	Node head;
	Node *cur = &head;

	head.next = 0;
	for (; from && from != to; from = from->d) {
		cur = cur->next = new_stmt(S_EXPR, from->tok);
		cur->a = from->a;
	}
	return head.next;
}

/* var's cleanup: fn(&var) when it goes out of scope */
static void add_cleanup(Sym *var, Name *fn, Tok *t)
{
	Node *c = new_node(N_CALL, ty_void, t), *e = new_node(N_NOP, ty_void, t);
	Sym *f = fn->sym;

	if (!f || f->kind != SY_VAR || f->ty->kind != TY_FUNC)
		error_tok(t, cat("no cleanup function ", fn->s));
	c->a = rval(new_var(f, t));
	c->ty = f->ty->base;
	c->b = new_node(N_ADDR, ptr_to(var->ty), t);
	c->b->a = new_var(var, t);
	if (f->ty->params)
		c->b = cast(c->b, f->ty->params->ty);
	c->val = 1;
	e->a = c;
	e->d = cleanups;
	cleanups = e;
}

static Node *cond_of(void)
{
	Node *n;

	expect('(', "'('");
	n = rval(expr());
	expect(')', "')'");
	if (!is_scalar(n->ty))
		error_tok(n->tok, "a condition must be a scalar");
	return n;
}

/* a loop's body, with its break and continue labels */
static Node *loop_body(Node *n)
{
	Jump b = brk, c = cont;

	n->label = brk.label = new_label();
	n->label2 = cont.label = new_label();
	brk.depth = cont.depth = depth;
	brk.cleanups = cont.cleanups = cleanups;
	n->d = stmt();
	brk = b;
	cont = c;
	return n;
}

static Node *stmt(void)
{
	Tok *t = tok;
	Node *n, *sw, *st;
	int kw = tok->kind == TK_IDENT ? tok->name->kw : 0;
	long lo, hi;
	Jump b, *j;

	if (is('{'))
		return compound_stmt();
	if (accept(';'))
		return new_stmt(S_BLOCK, t);
	if (tok->kind == TK_IDENT && (!kw || kw > KW_LABEL) && peek()->kind == TK_PUNCT &&
	    peek()->punct == ':') {
		n = new_stmt(S_LABEL, t);
		n->label = label_of(ident("a label"), t, 1);
		label_cleanups[n->label % 1024] = cleanups;
		next();
		n->a = is('}') ? new_stmt(S_BLOCK, t) : stmt();
		return n;
	}
	/* the keyword of a statement is taken first */
	if (kw >= KW_IF && kw <= KW_GOTO && kw != KW_ELSE)
		next();
	if (kw == KW_IF) {
		n = new_stmt(S_IF, t);
		n->a = cond_of();
		n->b = stmt();
		if (is_kw(KW_ELSE)) {
			next();
			n->c = stmt();
		}
		return n;
	}
	if (kw == KW_WHILE) {
		n = new_stmt(S_WHILE, t);
		n->a = cond_of();
		return loop_body(n);
	}
	if (kw == KW_DO) {
		n = loop_body(new_stmt(S_DO, t));
		if (!is_kw(KW_WHILE))
			error_tok(tok, "expected 'while' after do's body");
		next();
		n->a = cond_of();
		expect(';', "';'");
		return n;
	}
	if (kw == KW_FOR) {
		n = new_stmt(S_FOR, t);
		expect('(', "'('");
		sw = cleanups;
		scope_enter();
		if (is_typename(tok)) {
			n->a = declaration(0);
		} else if (!accept(';')) {
			n->a = new_stmt(S_EXPR, t);
			n->a->a = expr();
			expect(';', "';'");
		}
		if (!is(';'))
			n->b = rval(expr());
		expect(';', "';'");
		if (!is(')'))
			n->c = expr();
		expect(')', "')'");
		loop_body(n);
		scope_leave();
		if (cleanups != sw) {
			/* the cleanups of the variables the loop declared */
			st = new_stmt(S_BLOCK, t);
			st->a = n;
			n->next = cleanup_calls(cleanups, sw);
			cleanups = sw;
			return st;
		}
		return n;
	}
	if (kw == KW_SWITCH) {
		n = new_stmt(S_SWITCH, t);
		n->a = cond_of();
		if (!is_int(n->a->ty))
			error_tok(t, "switch needs an integer");
		n->a = cast(n->a, promote(n->a->ty));
		sw = cur_switch;
		b = brk;
		cur_switch = n;
		n->label = brk.label = new_label();
		brk.depth = depth;
		brk.cleanups = cleanups;
		n->b = stmt();
		cur_switch = sw;
		brk = b;
		return n;
	}
	if (kw == KW_CASE || kw == KW_DEFAULT) {
		if (!cur_switch)
			error_tok(t, "case or default outside a switch");
		n = new_stmt(S_CASE, t);
		n->label = new_label();
		if (kw == KW_CASE) {
			lo = hi = const_int(cond_expr());
			if (accept(P_ELLIPSIS))
				hi = const_int(cond_expr());
			n->val = trunc_to(lo, cur_switch->a->ty);
			n->val2 = trunc_to(hi, cur_switch->a->ty);
			n->d = cur_switch->c;
			cur_switch->c = n;
		} else {
			if (cur_switch->label2)
				error_tok(t, "two defaults in one switch");
			cur_switch->label2 = n->label;
		}
		expect(':', "':'");
		n->a = is('}') ? new_stmt(S_BLOCK, t) : stmt();
		return n;
	}
	if (kw == KW_BREAK || kw == KW_CONTINUE) {
		n = new_stmt(S_GOTO, t);
		j = kw == KW_BREAK ? &brk : &cont;
		n->label = j->label;
		if (!n->label)
			error_tok(t, "break or continue outside a loop");
		for (lo = 0; lo < nvla_blocks; lo++)
			if (vla_depths[lo] > j->depth) {
				n->sym = vla_blocks[lo]->sym;
				break;
			}
		n->b = cleanup_calls(cleanups, j->cleanups);
		expect(';', "';'");
		return n;
	}
	if (kw == KW_RETURN) {
		n = new_stmt(S_RETURN, t);
		if (!accept(';')) {
			n->a = expr();
			if (!is_void(cur_func->sym->ty->base))
				n->a = cast(rval(n->a), cur_func->sym->ty->base);
			expect(';', "';'");
		}
		n->b = cleanup_calls(cleanups, 0);
		return n;
	}
	if (kw == KW_GOTO) {
		if (accept('*')) {
			n = new_stmt(S_GOTOPTR, t);
			n->a = rval(expr());
		} else {
			n = new_stmt(S_GOTO, t);
			n->label = label_of(ident("a label"), t, 0);
			/* its cleanups are known when its label is */
			n->c = cleanups;
			n->d = gotos;
			gotos = n;
		}
		expect(';', "';'");
		return n;
	}
	n = new_stmt(S_EXPR, t);
	n->a = expr();
	expect(';', "';'");
	return n;
}

Node *compound_stmt(void)
{
	Node *n = new_stmt(S_BLOCK, tok), *outer = cur_block, *cl = cleanups;
	Node head;
	Node *cur = &head;

	head.next = 0;
	expect('{', "'{'");
	cur_block = n;
	scope_enter();
	while (!accept('}')) {
		if (is_kw(KW_STATIC_ASSERT)) {
			static_assert_decl();
		} else if (is_kw(KW_LABEL)) {
			while (!accept(';'))
				next();
		} else if (is_typename(tok) && !(peek()->kind == TK_PUNCT && peek()->punct == ':')) {
			cur = cur->next = declaration(0);
		} else {
			cur = cur->next = stmt();
		}
	}
	if (cleanups != cl)
		cur = append_stmts(cur, cleanup_calls(cleanups, cl));
	cleanups = cl;
	scope_leave();
	if (nvla_blocks && vla_blocks[nvla_blocks - 1] == n)
		nvla_blocks--;
	cur_block = outer;
	n->a = head.next;
	return n;
}

/* a symbol of the whole program or of this file: an earlier declaration
 * of the name at file scope, or in scope, is the same object */
static Sym *declare_global(Tok *name, Type *ty, int sc, Attr *a)
{
	Sym *old = name->name->sym;
	Sym *s;

	if (old && old->kind == SY_VAR && !old->local && old->depth == depth) {
		s = old;
		if (s->ty->incomplete || (s->ty->kind == TY_FUNC && s->ty->oldstyle) ||
		    (s->ty->kind == TY_ARRAY && s->ty->len < 0))
			s->ty = ty;
	} else {
		s = declare(name->name, SY_VAR, ty, name);
		if (old && old->kind == SY_VAR && !old->local && depth > 0)
			s->g = old->g;
		else if (sc == SC_STATIC)
			s->g = gsym_new(name->name);
		else
			s->g = gsym_extern(name->name);
	}
	if (ty->kind == TY_FUNC && (!a->is_inline || sc == SC_EXTERN))
		s->notinline = 1;
	s->g->weak |= a->weak;
	if (a->ctor)
		s->g->ctor = a->ctor;
	if (a->dtor)
		s->g->dtor = a->dtor;
	if (a->align > s->g->align)
		s->g->align = a->align;
	if (a->alias)
		s->g->alias = gsym_extern(a->alias);
	return s;
}

static void func_def(Sym *fs, Type *ft, Tok *name)
{
	Func *f = alloc(sizeof(Func));
	Param *p;
	Sym *ps;
	Sym **tail = &f->params;
	int i;

	if (fs->g->state == G_DEFINED)
		error_tok(name, cat("redefinition of ", name->name->s));
	fs->ty = ft;
	f->sym = fs;
	f->tok = name;
	cur_func = f;
	nlabel_names = 0;
	frame_reset();
	f->vla_init = take_vla();
	scope_enter();
	for (p = ft->params; p; p = p->next) {
		ps = new_local(p->name, p->ty, p->tok);
		/* the symbol the sizes of later parameters refer to: the same
		 * place */
		if (p->sym)
			p->sym->off = ps->off;
		*tail = ps;
		tail = &ps->link;
	}
	f->body = compound_stmt();
	scope_leave();
	for (i = 0; i < nlabel_names; i++)
		if (label_used[i])
			error_tok(label_used[i], cat("undefined label ", label_names[i]->s));
	for (; gotos; gotos = gotos->d) {
		/* what is in scope at the goto and not at its label */
		Node *c, *l;
		for (c = gotos->c; c; c = c->d) {
			for (l = label_cleanups[gotos->label % 1024]; l && l != c; l = l->d)
				;
			if (l)
				break;
		}
		gotos->b = cleanup_calls(gotos->c, c);
	}
	gen_func(f);
	cur_func = 0;
}

/* a variable-length array: its storage taken from the stack where it is
 * declared, given back when its block ends */
static Node *vla_var(Node *cur, Tok *name, Type *ty)
{
	Sym *s = declare(name->name, SY_VAR, ty, name), *p;
	Node *n;

	s->local = 1;
	s->ptr_off = frame_local(8, 8);
	p = hidden_local(ptr_to(ty->base), s->ptr_off);
	n = new_node(N_ALLOCA, ptr_to(ty_void), name);
	n->a = new_var(ty->vla, name);
	cur = cur->next = new_stmt(S_EXPR, name);
	cur->a = assign_to(new_var(p, name), n, name);
	if (!cur_block->sym) {
		cur_block->sym = hidden_local(ty_ulong, frame_local(8, 8));
		if (nvla_blocks == 64)
			error_tok(name, "too many blocks with variable-length arrays");
		vla_blocks[nvla_blocks] = cur_block;
		vla_depths[nvla_blocks++] = depth;
	}
	return cur;
}

static Node *declaration(int global)
{
	Attr a, da;
	int sc, first = 1;
	Type *base, *ty;
	Tok *name;
	Sym *s;
	Node *block = new_stmt(S_BLOCK, tok);
	Node head;
	Node *cur = &head;

	head.next = 0;
	memset(&a, 0, sizeof a);
	base = declspec(&sc, &a);
	if (accept(';'))
		return block;
	for (;; first = 0) {
		name = 0;
		da = a;
		decl_attr = &da;
		ty = declarator(base, &name);
		decl_attr = 0;
		attributes(&da);
		if (!name)
			error_tok(tok, "expected a name in the declaration");
		if (da.align > ty->align && ty->kind != TY_FUNC)
			ty = aligned_type(ty, da.align);
		if (vla_head && (global || ty->kind == TY_FUNC) && !(global && first && is('{')))
			take_vla();
		if (sc == SC_TYPEDEF) {
			if (vla_head)
				cur = append_stmts(cur, take_vla());
			declare(name->name, SY_TYPEDEF, ty, name);
		} else if (ty->kind == TY_FUNC) {
			s = declare_global(name, ty, sc, &da);
			if (global && first && is('{')) {
				func_def(s, ty, name);
				return block;
			}
		} else if (!global && sc == SC_STATIC) {
			s = declare(name->name, SY_VAR, ty, name);
			s->g = gsym_new(name->name);
			s->g->align = da.align;
			if (accept('='))
				static_init(s, da.sect);
			else
				emit_static(s->g, ty, 0, da.sect);
		} else if (global || sc == SC_EXTERN) {
			s = declare_global(name, ty, sc, &da);
			if (accept('=')) {
				if (s->g->state == G_DEFINED)
					error_tok(name, cat("redefinition of ", name->name->s));
				static_init(s, da.sect);
			} else if (sc != SC_EXTERN && s->g->state != G_DEFINED) {
				s->g->state = G_COMMON;
				if (ty->size > s->g->size)
					s->g->size = ty->size;
				if (ty->align > s->g->align)
					s->g->align = ty->align;
				if (da.sect)
					emit_static(s->g, ty, 0, da.sect);
			}
		} else {
			if (ty->incomplete && !(ty->kind == TY_ARRAY && is('=')))
				error_tok(name, "a variable has an incomplete type");
			if (vla_head)
				cur = append_stmts(cur, take_vla());
			if (ty->vla) {
				cur = vla_var(cur, name, ty);
				if (!accept(','))
					break;
				continue;
			}
			s = new_local(name->name, ty, name);
			if (da.cleanup)
				add_cleanup(s, da.cleanup, name);
			if (ty->align > 16) {
				/* kept at a multiple of its alignment that the
				 * function's start computes: over-aligned */
				s->off = frame_local(ty->size + ty->align, 16);
				s->ptr_off = frame_local(8, 8);
				s->link = cur_func->aligned;
				cur_func->aligned = s;
			}
			if (accept('=')) {
				cur = cur->next = new_stmt(S_EXPR, name);
				cur->a = local_init(s, name, 0);
			}
		}
		if (!accept(','))
			break;
	}
	expect(';', "';'");
	block->a = head.next;
	return block;
}

void parse_unit(void)
{
	Sym *s;

	next();
	while (tok->kind != TK_EOF) {
		if (accept(';'))
			continue;
		if (is_kw(KW_STATIC_ASSERT)) {
			static_assert_decl();
			continue;
		}
		if (is_kw(KW_ASM)) {
			next();
			skip_parens();
			expect(';', "';'");
			continue;
		}
		declaration(1);
	}
	/* a function whose every declaration here says inline, none
	 * extern, has an inline definition: not the program's */
	for (s = scope_stack; s; s = s->next)
		if (s->depth == 0 && s->kind == SY_VAR && s->ty->kind == TY_FUNC && !s->notinline &&
		    s->name->gsym == s->g && s->g->state == G_DEFINED)
			s->name->gsym = 0;
	depth = 0;
	scope_leave();
	depth = 0;
}

/* The compiler: one top-level form to a code block of bytecode for vm.c.
 * Variables are resolved here: locals to (depth, slot) in the frames of
 * enclosing lambdas and lets, everything else to its global symbol.
 * Derived forms are first rewritten by syntax.c. */
#include <stdlib.h>
#include <string.h>
#include "scheme1.h"

struct scope {
	obj *names;
	int n, cap;
	struct scope *parent;
};

static struct code *cur;
static int fusible = -1; /* start of a last op that PUSH may fuse with */
static int cur_line;
static const char *cur_file;
static int depth;

void syntax_error(obj form)
{
	fail_location(cur_file, cur_line, "bad syntax", cons(form, NIL));
}

void syntax_limit(const char *msg)
{
	fail_location(cur_file, cur_line, msg, NIL);
}

/* list_length: also -1 for a circular list (the slow pointer meets the fast one) */
int list_length(obj o)
{
	int n = 0;
	obj slow = o;
	while (IS_PAIR(o)) {
		o = CDR(o);
		n++;
		if ((n & 1) == 0) {
			slow = CDR(slow);
			if (slow == o)
				return -1;
		}
	}
	return o == NIL ? n : -1;
}

static struct code *new_code(void)
{
	struct code *c = xmalloc(sizeof *c);
	memset(c, 0, sizeof *c);
	c->file = cur_file;
	c->name = FALSE;
	gc_add_code(c);
	return c;
}

static void emit(intptr_t v)
{
	if (cur->nops == cur->cap) {
		cur->cap = cur->cap ? 2 * cur->cap : 32;
		cur->ops = xrealloc(cur->ops, cur->cap * sizeof *cur->ops);
		cur->lines = xrealloc(cur->lines, cur->cap * sizeof *cur->lines);
	}
	cur->lines[cur->nops] = cur_line;
	cur->ops[cur->nops++] = v;
}

static int add_const(obj o)
{
	cur->consts = xgrow(cur->consts, cur->nconsts, &cur->constcap, sizeof *cur->consts);
	cur->consts[cur->nconsts] = o;
	return cur->nconsts++;
}

static void emit_ret(int tail)
{
	if (tail)
		emit(OP_RET);
}

/* emit_const: the value o, returned when in tail position */
static void emit_const(obj o, int tail)
{
	int at = cur->nops;
	emit(OP_CONST);
	emit(add_const(o));
	fusible = at;
	emit_ret(tail);
}

/* emit_push: PUSH, fused with the op just before when nothing jumps
 * between them (patch() clears fusible) */
static void emit_push(void)
{
	if (fusible >= 0) {
		intptr_t *op = &cur->ops[fusible];
		int len = *op == OP_LREF ? 4 : 2;
		if (fusible + len == cur->nops && (*op == OP_CONST || *op == OP_LREF || *op == OP_GREF)) {
			*op = *op == OP_CONST ? OP_PUSH_CONST : *op == OP_LREF ? OP_PUSH_LREF : OP_PUSH_GREF;
			fusible = -1;
			return;
		}
	}
	emit(OP_PUSH);
}

/* placeholder jump, patched by patch() */
static int emit_jump(int op)
{
	emit(op);
	emit(0);
	return cur->nops - 1;
}

static void patch(int at)
{
	cur->ops[at] = cur->nops;
	fusible = -1;
}

static void scope_add(struct scope *s, obj name)
{
	int i;
	for (i = 0; i < s->n; i++)
		if (s->names[i] == name)
			return;
	s->names = xgrow(s->names, s->n, &s->cap, sizeof *s->names);
	s->names[s->n++] = name;
}

/* lookup: the frame depth and slot of a local, or -1 for a global */
static int lookup(struct scope *s, obj name, int *slot)
{
	int d = 0, i;
	for (; s; s = s->parent, d++)
		for (i = s->n - 1; i >= 0; i--)
			if (s->names[i] == name) {
				*slot = i;
				return d;
			}
	return -1;
}

static void compile(obj x, struct scope *s, int tail);
static void compile_lambda(obj formals, obj body, obj name, obj form, struct scope *s,
			   int at_caller);

/* define_name: the variable a define form binds */
static obj define_name(obj form)
{
	obj target;
	if (!IS_PAIR(CDR(form)))
		syntax_error(form);
	target = CAR(CDR(form));
	if (IS_PAIR(target))
		target = CAR(target);
	if (!IS_SYMBOL(target))
		syntax_error(form);
	return target;
}

/* scan_body: splice begins and record types, add each define's name to
 * the scope; returns the flattened body. */
static obj scan_body(obj body, struct scope *s, int level)
{
	obj out = NIL, *tail = &out, p;
	int slot;
	if (level > MAX_DEPTH)
		syntax_error(body);
	for (p = body; IS_PAIR(p); p = CDR(p)) {
		obj x = CAR(p);
		if (IS_PAIR(x) && IS_SYMBOL(CAR(x)) && lookup(s, CAR(x), &slot) < 0) {
			if (CAR(x) == syms[S_DEFINE_RECORD_TYPE])
				x = expand_derived(x);
			if (CAR(x) == syms[S_BEGIN]) {
				*tail = scan_body(CDR(x), s, level + 1);
				while (*tail != NIL)
					tail = &CDR(*tail);
				continue;
			}
			if (CAR(x) == syms[S_DEFINE])
				scope_add(s, define_name(x));
		}
		*tail = cons(x, NIL);
		tail = &CDR(*tail);
	}
	if (p != NIL)
		syntax_error(body);
	return out;
}

static void compile_seq(obj body, struct scope *s, int tail, obj form)
{
	if (!IS_PAIR(body))
		syntax_error(form);
	for (; IS_PAIR(CDR(body)); body = CDR(body))
		compile(CAR(body), s, 0);
	if (CDR(body) != NIL)
		syntax_error(form);
	compile(CAR(body), s, tail);
}

/* emit_var: global_op on the global name, or local_op on the local */
static void emit_var(int global_op, int local_op, obj name, struct scope *s)
{
	int slot, d = lookup(s, name, &slot);
	emit(d < 0 ? global_op : local_op);
	if (d >= 0) {
		emit(d);
		emit(slot);
	}
	emit(add_const(name));
}

static void compile_ref(obj name, struct scope *s, int tail)
{
	int at = cur->nops;
	emit_var(OP_GREF, OP_LREF, name, s);
	fusible = at;
	emit_ret(tail);
}

static void compile_define(obj x, struct scope *s, int tail)
{
	obj name = define_name(x), target = CAR(CDR(x));
	int slot;
	if (s && (lookup(s, name, &slot) != 0))
		fail_location(cur_file, cur_line, "define not allowed here", cons(x, NIL));
	if (IS_PAIR(target)) {
		compile_lambda(CDR(target), CDR(CDR(x)), name, x, s, 0);
	} else if (CDR(CDR(x)) == NIL) {
		emit_const(UNSPEC, 0);
	} else {
		obj v;
		if (!IS_PAIR(CDR(CDR(x))) || CDR(CDR(CDR(x))) != NIL)
			syntax_error(x);
		v = CAR(CDR(CDR(x)));
		if (IS_PAIR(v) && (CAR(v) == syms[S_LAMBDA] || CAR(v) == syms[S_P_RECORD_LAMBDA]) &&
		    lookup(s, CAR(v), &slot) < 0 && IS_PAIR(CDR(v)))
			compile_lambda(CAR(CDR(v)), CDR(CDR(v)), name, v, s,
				       CAR(v) == syms[S_P_RECORD_LAMBDA]);
		else
			compile(v, s, 0);
	}
	emit_var(OP_GDEF, OP_LSET, name, s);
	emit_const(UNSPEC, tail);
}

static void compile_if(obj x, struct scope *s, int tail)
{
	int n = list_length(x), jf, jend = -1;
	if (n != 3 && n != 4)
		syntax_error(x);
	compile(CAR(CDR(x)), s, 0);
	jf = emit_jump(OP_JUMPF);
	compile(CAR(CDR(CDR(x))), s, tail);
	if (!tail)
		jend = emit_jump(OP_JUMP);
	patch(jf);
	if (n == 4)
		compile(CAR(CDR(CDR(CDR(x)))), s, tail);
	else
		emit_const(UNSPEC, tail);
	if (!tail)
		patch(jend);
}

static void compile_and_or(obj x, struct scope *s, int tail, int is_and)
{
	obj p = CDR(x);
	int n = list_length(p), nj = 0, i, *jumps;
	if (n < 0)
		syntax_error(x);
	if (n == 0) {
		emit_const(is_and ? TRUE : FALSE, tail);
		return;
	}
	jumps = xmalloc((size_t)n * sizeof *jumps);
	for (; CDR(p) != NIL; p = CDR(p)) {
		compile(CAR(p), s, 0);
		jumps[nj++] = emit_jump(is_and ? OP_JUMPF : OP_JUMPT);
	}
	compile(CAR(p), s, tail);
	for (i = 0; i < nj; i++)
		patch(jumps[i]);
	free(jumps);
	emit_ret(tail);
}

static void compile_lambda(obj formals, obj body, obj name, obj form, struct scope *s, int at_caller)
{
	struct code *saved = cur, *c;
	struct scope inner = {0, 0, 0, 0};
	obj p;
	inner.parent = s;
	c = new_code();
	c->name = name;
	c->at_caller = at_caller || cur_file == prelude_file;
	for (p = formals; IS_PAIR(p); p = CDR(p)) {
		if (!IS_SYMBOL(CAR(p)))
			syntax_error(form);
		scope_add(&inner, CAR(p));
		c->nparams++;
	}
	if (p != NIL) {
		if (!IS_SYMBOL(p))
			syntax_error(form);
		scope_add(&inner, p);
		c->rest = 1;
	}
	if (inner.n != c->nparams + c->rest)
		syntax_error(form); /* a parameter named twice */
	cur = c;
	fusible = -1;
	body = scan_body(body, &inner, 0);
	compile_seq(body, &inner, 1, form);
	c->frame_size = inner.n;
	free(inner.names);
	cur = saved;
	fusible = -1;
	emit(OP_CLOSURE);
	emit((intptr_t)c);
}

/* (let ((v init) ...) body): push the inits, then a frame for the body */
static void compile_let(obj x, struct scope *s, int tail)
{
	obj bindings, body, p;
	struct scope inner = {0, 0, 0, 0};
	int n = 0;
	if (!IS_PAIR(CDR(x)))
		syntax_error(x);
	bindings = CAR(CDR(x));
	if (IS_SYMBOL(bindings)) {
		compile(expand_derived(x), s, tail);
		return;
	}
	for (p = bindings; IS_PAIR(p); p = CDR(p)) {
		obj b = CAR(p);
		if (list_length(b) != 2 || !IS_SYMBOL(CAR(b)))
			syntax_error(x);
		compile(CAR(CDR(b)), s, 0);
		emit_push();
		scope_add(&inner, CAR(b));
		n++;
	}
	if (p != NIL || inner.n != n)
		syntax_error(x);
	inner.parent = s;
	body = scan_body(CDR(CDR(x)), &inner, 0);
	if (inner.n == 0) {
		compile_seq(body, s, tail, x);
		return;
	}
	emit(OP_ENTER);
	emit(n);
	emit(inner.n);
	compile_seq(body, &inner, tail, x);
	if (!tail)
		emit(OP_LEAVE);
	free(inner.names);
}

static void compile_call(obj x, struct scope *s, int tail)
{
	obj p;
	int n = 0;
	for (p = CDR(x); IS_PAIR(p); p = CDR(p)) {
		compile(CAR(p), s, 0);
		emit_push();
		n++;
	}
	if (p != NIL)
		syntax_error(x);
	if (IS_SYMBOL(CAR(x))) {
		emit_var(tail ? OP_GTCALL : OP_GCALL, tail ? OP_LTCALL : OP_LCALL, CAR(x), s);
	} else {
		compile(CAR(x), s, 0);
		emit(tail ? OP_TCALL : OP_CALL);
	}
	emit(n);
}

static void compile_pair(obj x, struct scope *s, int tail)
{
	obj h = CAR(x), y;
	int slot;
	if (!IS_SYMBOL(h) || lookup(s, h, &slot) >= 0) {
		compile_call(x, s, tail);
		return;
	}
	if (h == syms[S_QUOTE]) {
		if (list_length(x) != 2)
			syntax_error(x);
		emit_const(CAR(CDR(x)), tail);
	} else if (h == syms[S_IF]) {
		compile_if(x, s, tail);
	} else if (h == syms[S_DEFINE]) {
		compile_define(x, s, tail);
	} else if (h == syms[S_SET]) {
		if (list_length(x) != 3 || !IS_SYMBOL(CAR(CDR(x))))
			syntax_error(x);
		compile(CAR(CDR(CDR(x))), s, 0);
		emit_var(OP_GSET, OP_LSET, CAR(CDR(x)), s);
		emit_const(UNSPEC, tail);
	} else if (h == syms[S_LAMBDA] || h == syms[S_P_RECORD_LAMBDA]) {
		if (!IS_PAIR(CDR(x)))
			syntax_error(x);
		compile_lambda(CAR(CDR(x)), CDR(CDR(x)), FALSE, x, s, h == syms[S_P_RECORD_LAMBDA]);
		emit_ret(tail);
	} else if (h == syms[S_BEGIN]) {
		if (CDR(x) == NIL)
			emit_const(UNSPEC, tail);
		else
			compile_seq(CDR(x), s, tail, x);
	} else if (h == syms[S_LET]) {
		compile_let(x, s, tail);
	} else if (h == syms[S_AND] || h == syms[S_OR]) {
		compile_and_or(x, s, tail, h == syms[S_AND]);
	} else if ((y = expand_derived(x)) != UNDEF) {
		compile(y, s, tail);
	} else {
		compile_call(x, s, tail);
	}
}

static void compile(obj x, struct scope *s, int tail)
{
	int saved_line = cur_line, line;
	if (++depth > MAX_DEPTH)
		fail_location(cur_file, cur_line, "expression nested too deeply", NIL);
	if (IS_PAIR(x)) {
		line = source_line(x);
		if (line > 0)
			cur_line = line;
		compile_pair(x, s, tail);
	} else if (IS_SYMBOL(x)) {
		compile_ref(x, s, tail);
	} else {
		emit_const(x, tail);
	}
	cur_line = saved_line;
	depth--;
}

struct code *compile_toplevel(obj form, const char *file, int line)
{
	struct code *c;
	cur_file = file;
	cur_line = line;
	depth = 0;
	c = new_code();
	c->at_caller = file == prelude_file;
	cur = c;
	fusible = -1;
	/* not in tail position: the form's calls leave a continuation on
	 * the stack, so errors in the prelude can name the form's line */
	compile(form, NULL, 0);
	emit(OP_RET);
	cur = NULL;
	return c;
}

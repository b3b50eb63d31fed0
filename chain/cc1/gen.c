/* gen.c: one function's syntax tree to code, through the machine's
 * small interface (arm64.c): the value being computed is in register 0;
 * an operation's left operand is pushed on a value stack while the right
 * one is computed, then popped into register 1. A struct or array is
 * handled by its address. Every variable lives in the frame. */
#include "cc1.h"

static long frame;

void frame_reset(void)
{
	frame = 0;
}

/* a new object in the frame: its offset below the frame pointer */
long frame_local(long size, int align)
{
	if (align < 1)
		align = 1;
	frame = round_up(frame + size, align);
	return frame;
}

long frame_size(void)
{
	return frame;
}

static void gen(Node *n);

/* whether n is computed in register 0 alone, register 1 untouched */
static int is_leaf(Node *n)
{
	if (n->ty->kind == TY_LDOUBLE)
		return 0;
	return n->op == N_NUM || n->op == N_FNUM || (n->op == N_VAR && is_scalar(n->ty));
}

static int is_bitfield(Node *n)
{
	return n->op == N_MEMBER && n->mem->bits > 0;
}

/* the address of variable n in register r */
static void var_addr(Node *n, int r)
{
	if (n->sym->ptr_off) {
		cg_local_addr(n->sym->ptr_off, r);
		cg_load_reg(r);
	} else if (n->sym->local) {
		cg_local_addr(n->sym->off, r);
	} else {
		cg_global_addr(n->sym->g, 0, r);
	}
}

/* the address of an lvalue, or of a struct's storage (for a bit-field
 * that of its unit) */
static void gen_addr(Node *n)
{
	Node *a;

	if (n->op == N_VAR) {
		var_addr(n, 0);
	} else if (n->op == N_DEREF) {
		gen(n->a);
	} else if (n->op == N_MEMBER) {
		gen(n->a);
		cg_add_imm(n->mem->off + n->val);
	} else if (n->op == N_INIT) {
		if (n->val) {
			gen_addr(n->a);
			cg_zero(n->a->ty->size);
		}
		for (a = n->b; a; a = a->next)
			gen(a);
		gen_addr(n->a);
	} else if (n->op == N_CAST && n->a->ty->kind == n->ty->kind) {
		gen_addr(n->a);
	} else if (is_aggr(n->ty)) {
		gen(n);
	} else {
		error_tok(n->tok, "not an lvalue");
	}
}

static void gen_load(Node *n)
{
	if (is_bitfield(n))
		cg_load_bf(n->mem);
	else if (!is_aggr(n->ty) && n->ty->kind != TY_FUNC)
		cg_load(n->ty);
}

static void gen_store(Node *n)
{
	if (is_bitfield(n))
		cg_store_bf(n->mem);
	else
		cg_store(n->ty);
}

/* lhs op= rhs and ++/--: the address pushed, the old value loaded and
 * kept for a postfix form, the operation done in its type */
static void gen_update(Node *n)
{
	Type *opty = n->c->ty;
	Type *pty = ptr_to(n->a->ty);
	long tmp = 0;

	gen_addr(n->a);
	cg_push(pty);
	gen_load(n->a);
	if (n->op == N_INC && n->val2) {
		tmp = frame_local(16, 16);
		cg_save(tmp, n->a->ty);
	}
	cg_cast(n->a->ty, opty);
	cg_push(opty);
	gen(n->b);
	cg_pop(opty);
	cg_binop(n->val, opty);
	cg_cast(opty, n->a->ty);
	cg_pop(pty);
	gen_store(n->a);
	if (tmp)
		cg_restore(tmp, n->a->ty);
}

static void gen_call(Node *n)
{
	Node *arg;
	Node *f = n->a;
	int direct = f->op == N_ADDR && f->a->op == N_VAR && !f->a->sym->local;

	if (!direct) {
		gen(f);
		cg_push(f->ty);
	}
	for (arg = n->b; arg; arg = arg->next) {
		gen(arg);
		cg_push(arg->ty);
	}
	cg_call(n, direct ? f->a->sym->g : 0);
}

/* a list of statements */
static void gen_list(Node *n)
{
	for (; n; n = n->next)
		gen(n);
}

/* the cases of a switch, sorted: a binary search of compares */
static void gen_cases(Node **c, int lo, int hi, Type *t, int def)
{
	int mid = (lo + hi) / 2, lhi, llo;

	if (lo > hi) {
		cg_jump(def);
		return;
	}
	if (lo == hi && c[lo]->val == c[lo]->val2) {
		cg_cmp_branch(t, c[lo]->val, CMP_EQ, c[lo]->label);
		cg_jump(def);
		return;
	}
	lhi = new_label();
	llo = new_label();
	cg_cmp_branch(t, c[mid]->val2, CMP_GT, lhi);
	cg_cmp_branch(t, c[mid]->val, CMP_LT, llo);
	cg_jump(c[mid]->label);
	cg_label(llo);
	gen_cases(c, lo, mid - 1, t, def);
	cg_label(lhi);
	gen_cases(c, mid + 1, hi, t, def);
}

static int case_less(Node *a, Node *b, Type *t)
{
	if (t->uns)
		return (unsigned long)a->val < (unsigned long)b->val;
	return a->val < b->val;
}

static void gen_switch(Node *n)
{
	Node **c;
	Node *k;
	int nc = 0, i, j;

	for (k = n->c; k; k = k->d)
		nc++;
	c = alloc(sizeof(Node *) * (nc + 1));
	for (k = n->c, i = 0; k; k = k->d, i++) {
		for (j = i; j > 0 && case_less(k, c[j - 1], n->a->ty); j--)
			c[j] = c[j - 1];
		c[j] = k;
	}
	gen(n->a);
	gen_cases(c, 0, nc - 1, n->a->ty, n->label2 ? n->label2 : n->label);
	gen(n->b);
	cg_label(n->label);
}

/* the code of node n, an expression (its value in register 0) or a
 * statement */
static void gen(Node *n)
{
	int l1, l2;
	long tmp;

	if (n->op == N_VAR && n->sym->local && !n->sym->ptr_off && is_scalar(n->ty)) {
		cg_load_local(n->sym->off, n->ty);
		return;
	}
	switch (n->op) {
	case N_NUM:
		cg_imm(n->val, n->ty);
		return;
	case N_FNUM:
		cg_fimm(&n->f, n->ty);
		return;
	case N_VAR:
	case N_DEREF:
	case N_MEMBER:
	case N_INIT:
		gen_addr(n);
		gen_load(n);
		return;
	case N_ADDR:
		gen_addr(n->a);
		return;
	case N_CAST:
		gen(n->a);
		cg_cast(n->a->ty, n->ty);
		return;
	case N_LAND:
	case N_LOR:
		l1 = new_label();
		l2 = new_label();
		gen(n->a);
		cg_branch(l1, n->op == N_LOR, n->a->ty);
		gen(n->b);
		cg_branch(l1, n->op == N_LOR, n->b->ty);
		cg_imm(n->op == N_LAND, ty_int);
		cg_jump(l2);
		cg_label(l1);
		cg_imm(n->op == N_LOR, ty_int);
		cg_label(l2);
		return;
	case N_NEG:
	case N_NOT:
	case N_LNOT:
		gen(n->a);
		cg_unop(n->op, n->a->ty);
		return;
	case N_ASSIGN:
		if (n->a->op == N_VAR) {
			/* the value first: x = setjmp(b) keeps nothing in the frame */
			gen(n->b);
			var_addr(n->a, 1);
			gen_store(n->a);
			return;
		}
		gen_addr(n->a);
		cg_push(ty_ulong);
		gen(n->b);
		cg_pop(ty_ulong);
		gen_store(n->a);
		return;
	case N_OPASSIGN:
	case N_INC:
		gen_update(n);
		return;
	case N_COND:
	case S_IF:
		l1 = new_label();
		l2 = new_label();
		gen(n->a);
		cg_branch(l1, 0, n->a->ty);
		gen(n->b);
		if (n->c)
			cg_jump(l2);
		cg_label(l1);
		if (n->c)
			gen(n->c);
		cg_label(l2);
		return;
	case N_COMMA:
		gen(n->a);
		gen(n->b);
		return;
	case S_EXPR:
		gen(n->a);
		return;
	case N_CALL:
		gen_call(n);
		return;
	case N_STMTEXPR:
		/* its value is its last statement's */
		gen_list(n->a->a);
		return;
	case N_VASTART:
		gen(n->a);
		cg_va_start();
		return;
	case N_VAARG:
		gen(n->a);
		cg_va_arg(n->ty);
		if (!is_aggr(n->ty))
			cg_load(n->ty);
		return;
	case N_ALLOCA:
		gen(n->a);
		cg_alloca();
		return;
	case N_LABELADDR:
		cg_label_addr(n->val);
		return;
	case N_NOP:
		return;
	case S_BLOCK:
		/* a block with variable-length arrays gives their stack back */
		if (n->sym)
			cg_sp_save(n->sym->off);
		gen_list(n->a);
		if (n->sym)
			cg_sp_restore(n->sym->off);
		return;
	case S_WHILE:
		cg_label(n->label2);
		gen(n->a);
		cg_branch(n->label, 0, n->a->ty);
		gen(n->d);
		cg_jump(n->label2);
		cg_label(n->label);
		return;
	case S_DO:
		l1 = new_label();
		cg_label(l1);
		gen(n->d);
		cg_label(n->label2);
		gen(n->a);
		cg_branch(l1, 1, n->a->ty);
		cg_label(n->label);
		return;
	case S_FOR:
		if (n->a)
			gen(n->a);
		l1 = new_label();
		cg_label(l1);
		if (n->b) {
			gen(n->b);
			cg_branch(n->label, 0, n->b->ty);
		}
		gen(n->d);
		cg_label(n->label2);
		if (n->c)
			gen(n->c);
		cg_jump(l1);
		cg_label(n->label);
		return;
	case S_SWITCH:
		gen_switch(n);
		return;
	case S_CASE:
	case S_LABEL:
		cg_label(n->label);
		gen(n->a);
		return;
	case S_GOTO:
		gen_list(n->b);
		if (n->sym)
			cg_sp_restore(n->sym->off);
		cg_jump(n->label);
		return;
	case S_GOTOPTR:
		gen(n->a);
		cg_jump_reg();
		return;
	case S_RETURN:
		if (n->a)
			gen(n->a);
		if (n->b) {
			/* the value kept while the cleanups run */
			tmp = frame_local(16, 16);
			if (n->a)
				cg_save(tmp, n->a->ty);
			gen_list(n->b);
			if (n->a)
				cg_restore(tmp, n->a->ty);
		}
		cg_return(n->a ? n->a->ty : ty_void);
		return;
	}
	if (n->op >= N_ADD && n->op <= N_LE) {
		gen(n->a);
		if (is_leaf(n->b)) {
			cg_keep(n->a->ty);
			gen(n->b);
		} else {
			cg_push(n->a->ty);
			gen(n->b);
			cg_pop(n->a->ty);
		}
		cg_binop(n->op, n->a->ty);
		return;
	}
	error_tok(n->tok, n->op < S_BLOCK ? "cc1 cannot compile this expression" :
		  "cc1 cannot compile this statement");
}

void gen_func(Func *f)
{
	Sym *s;

	cg_func_begin(f);
	for (s = f->aligned; s; s = s->link) {
		/* the address of each over-aligned local */
		cg_local_addr(s->off, 0);
		cg_add_imm(s->ty->align - 1);
		cg_push(ty_ulong);
		cg_imm(-s->ty->align, ty_ulong);
		cg_pop(ty_ulong);
		cg_binop(N_AND, ty_ulong);
		cg_local_addr(s->ptr_off, 1);
		cg_store(ty_ulong);
	}
	gen_list(f->vla_init);
	gen(f->body);
	cg_func_end(f);
}

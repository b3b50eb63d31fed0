/* The virtual machine: runs code blocks with an accumulator, an explicit
 * stack and heap-allocated frames. Scheme calls never recurse in C, so
 * recursion depth is bounded by memory (STACK_LIMIT), and tail calls
 * (OP_TCALL) reuse the caller's stack: loops run in constant space.
 *
 * A non-tail call pushes a continuation of three words (code block, pc,
 * frame) above its caller's pushed values. Collection happens only at
 * calls, when every live object is on the stack or in acc and env. */
#include <string.h>
#include "scheme1.h"

#define STACK_LIMIT (8 * 1024 * 1024) /* words: about 2 million nested calls */

static obj *stack;
static size_t stack_cap;
static struct code *cur_code;
static intptr_t cur_pc;
static size_t cur_sp;

/* Primitives the VM runs inline when their arguments are fixnums or
 * pairs; anything else goes to the primitive's function. */
enum { F_NONE, F_ADD, F_SUB, F_EQ, F_LT, F_GT, F_LE, F_GE, F_CAR, F_CDR,
       F_CONS, F_EQP, F_NULLP, F_PAIRP, F_NOT };
static const struct {
	const char *name;
	int fast;
} fast_prims[] = {
	{"+", F_ADD}, {"-", F_SUB}, {"=", F_EQ}, {"<", F_LT}, {">", F_GT},
	{"<=", F_LE}, {">=", F_GE}, {"car", F_CAR}, {"cdr", F_CDR},
	{"cons", F_CONS}, {"eq?", F_EQP}, {"null?", F_NULLP}, {"pair?", F_PAIRP},
	{"not", F_NOT}, {"%car", F_CAR}, {"%cdr", F_CDR}, {"%cons", F_CONS},
	{"%eq?", F_EQP}, {"%null?", F_NULLP}, {"%pair?", F_PAIRP}, {0, 0}
};

/* fast_case: the F_ case of the primitive called name */
int fast_case(const char *name)
{
	int k;
	for (k = 0; fast_prims[k].name; k++)
		if (strcmp(name, fast_prims[k].name) == 0)
			return fast_prims[k].fast;
	return F_NONE;
}

/* vm_location: where the running program is. An error inside the
 * prelude or a record procedure (at_caller) is reported at the innermost
 * call from the program's own code, found among the continuations on
 * the stack (the only raw words there). */
void vm_location(const char **file, int *line)
{
	struct code *c = cur_code;
	intptr_t pc = cur_pc;
	size_t k;
	if (!c)
		return;
	for (k = cur_sp; c->at_caller && k-- > 0;)
		if ((stack[k] & 7) == 4 && !((struct code *)RAWPTR(stack[k]))->at_caller) {
			c = RAWPTR(stack[k]);
			pc = FIXVAL(stack[k + 1]);
		}
	*file = c->file;
	*line = pc > 0 && pc <= c->nops ? c->lines[pc - 1] : 0;
}

/* stack_reserve: room for n more words above sp */
static obj *stack_reserve(size_t sp, size_t n)
{
	if (sp + n <= stack_cap)
		return stack;
	if (sp + n > STACK_LIMIT)
		fail("stack overflow (recursion too deep)", UNDEF);
	while (stack_cap < sp + n)
		stack_cap = stack_cap ? 2 * stack_cap : 4096;
	stack = xrealloc(stack, stack_cap * sizeof *stack);
	return stack;
}

/* fast_call: the inline case of primitive p on args, or UNDEF */
static inline obj fast_call(int fast, int n, obj *a)
{
	if (n == 2) {
		obj x = a[0], y = a[1];
		switch (fast) {
		case F_CONS: return cons(x, y);
		case F_EQP: return BOOL(x == y);
		}
		if (!IS_FIX(x) || !IS_FIX(y))
			return UNDEF;
		switch (fast) {
		case F_ADD: return make_int(FIXVAL(x) + FIXVAL(y));
		case F_SUB: return make_int(FIXVAL(x) - FIXVAL(y));
		case F_EQ: return BOOL(x == y);
		case F_LT: return BOOL(FIXVAL(x) < FIXVAL(y));
		case F_GT: return BOOL(FIXVAL(x) > FIXVAL(y));
		case F_LE: return BOOL(FIXVAL(x) <= FIXVAL(y));
		case F_GE: return BOOL(FIXVAL(x) >= FIXVAL(y));
		}
	} else if (n == 1) {
		obj x = a[0];
		switch (fast) {
		case F_CAR: return IS_PAIR(x) ? CAR(x) : UNDEF;
		case F_CDR: return IS_PAIR(x) ? CDR(x) : UNDEF;
		case F_NULLP: return BOOL(x == NIL);
		case F_PAIRP: return BOOL(IS_PAIR(x));
		case F_NOT: return BOOL(x == FALSE);
		}
	}
	return UNDEF;
}

obj vm_run(struct code *code)
{
	obj acc = UNSPEC, env = NIL, *stk = stack;
	intptr_t *ops = code->ops;
	intptr_t pc = 0;
	size_t sp = 0;
	int n, tail;

#define SAVE() (cur_code = code, cur_pc = pc, cur_sp = sp)
#define PUSH(v) do { \
		if (sp == stack_cap) { SAVE(); stk = stack_reserve(sp, 1); } \
		stk[sp++] = (v); \
	} while (0)
	for (;;) {
		switch (ops[pc++]) {
		case OP_CONST:
			acc = code->consts[ops[pc++]];
			if (ops[pc] == OP_RET) /* a value in tail position: one dispatch less */
				goto ret;
			break;
		case OP_PUSH_CONST:
			PUSH(code->consts[ops[pc]]);
			pc++;
			break;
		case OP_LREF:
		case OP_PUSH_LREF: {
			obj e = env, v;
			intptr_t d = ops[pc];
			while (d-- > 0)
				e = FRAME_PARENT(e);
			v = FRAME_SLOT(e, ops[pc + 1]);
			pc += 3;
			if (v == UNDEF) {
				SAVE();
				fail("variable used before its definition", code->consts[ops[pc - 1]]);
			}
			if (ops[pc - 4] != OP_LREF) {
				PUSH(v);
				break;
			}
			acc = v;
			if (ops[pc] == OP_RET)
				goto ret;
			break;
		}
		case OP_LSET: {
			obj e = env;
			intptr_t d = ops[pc];
			while (d-- > 0)
				e = FRAME_PARENT(e);
			FRAME_SLOT(e, ops[pc + 1]) = acc;
			pc += 3;
			break;
		}
		case OP_GREF:
		case OP_PUSH_GREF: {
			obj v = SYM_VALUE(code->consts[ops[pc++]]);
			if (v == UNDEF) {
				SAVE();
				fail("unbound variable", code->consts[ops[pc - 1]]);
			}
			if (ops[pc - 2] == OP_GREF)
				acc = v;
			else
				PUSH(v);
			break;
		}
		case OP_GSET:
			if (SYM_VALUE(code->consts[ops[pc]]) == UNDEF) {
				SAVE();
				fail("set!: unbound variable", code->consts[ops[pc]]);
			}
			SYM_VALUE(code->consts[ops[pc++]]) = acc;
			break;
		case OP_GDEF:
			SYM_VALUE(code->consts[ops[pc++]]) = acc;
			break;
		case OP_PUSH:
			PUSH(acc);
			break;
		case OP_JUMP:
			pc = ops[pc];
			break;
		case OP_JUMPF:
			pc = acc == FALSE ? ops[pc] : pc + 1;
			break;
		case OP_JUMPT:
			pc = acc != FALSE ? ops[pc] : pc + 1;
			break;
		case OP_CLOSURE:
			acc = make_closure((struct code *)ops[pc++], env);
			break;
		case OP_ENTER: {
			size_t k = (size_t)ops[pc];
			env = make_frame(env, (int)ops[pc + 1], &stk[sp - k], (int)k);
			sp -= k;
			pc += 2;
			break;
		}
		case OP_LEAVE:
			env = FRAME_PARENT(env);
			break;
		case OP_GCALL:
		case OP_GTCALL:
			tail = ops[pc - 1] == OP_GTCALL;
			acc = SYM_VALUE(code->consts[ops[pc++]]);
			n = (int)ops[pc++];
			SAVE();
			if (acc == UNDEF)
				fail("unbound variable", code->consts[ops[pc - 2]]);
			if (IS_TYPE(acc, T_PRIM) && PRIM_FAST(acc)) {
				/* the common case of (+ a b), (car x) ...: no call at all */
				obj r = fast_call(PRIM_FAST(acc), n, &stk[sp - (size_t)n]);
				if (r != UNDEF) {
					acc = r;
					sp -= (size_t)n;
					if (tail)
						goto ret;
					/* Take a following PUSH or JUMPF here: one
					 * dispatch less, which is what costs most in
					 * an emulator. */
					if (ops[pc] == OP_PUSH) {
						stk[sp++] = acc; /* room: n >= 1 popped */
						pc++;
					} else if (ops[pc] == OP_JUMPF) {
						pc = acc == FALSE ? ops[pc + 1] : pc + 2;
					}
					break;
				}
			}
			goto call;
		case OP_LCALL:
		case OP_LTCALL: {
			obj e = env;
			intptr_t d = ops[pc];
			tail = ops[pc - 1] == OP_LTCALL;
			while (d-- > 0)
				e = FRAME_PARENT(e);
			acc = FRAME_SLOT(e, ops[pc + 1]);
			n = (int)ops[pc + 3];
			pc += 4;
			SAVE();
			if (acc == UNDEF)
				fail("variable used before its definition", code->consts[ops[pc - 2]]);
			goto call;
		}
		case OP_CALL:
		case OP_TCALL:
			tail = ops[pc - 1] == OP_TCALL;
			n = (int)ops[pc++];
			SAVE();
		call:
			if (gc_due)
				gc_collect(stk, sp, &acc, &env);
		dispatch:
			if (IS_TYPE(acc, T_CLOSURE)) {
				struct code *c = CLO_CODE(acc);
				obj f;
				int i;
				if (n != c->nparams && !(c->rest && n > c->nparams))
					fail("wrong number of arguments", acc);
				f = make_frame(CLO_ENV(acc), c->frame_size, &stk[sp - (size_t)n], c->nparams);
				if (c->rest) {
					obj rest = NIL;
					for (i = n - 1; i >= c->nparams; i--)
						rest = cons(stk[sp - (size_t)n + (size_t)i], rest);
					FRAME_SLOT(f, c->nparams) = rest;
				}
				sp -= (size_t)n;
				if (!tail) {
					if (sp + 3 > stack_cap)
						stk = stack_reserve(sp, 3);
					stk[sp++] = RAW(code);
					stk[sp++] = FIX(pc);
					stk[sp++] = env;
				}
				code = c;
				ops = c->ops;
				pc = 0;
				env = f;
				break;
			}
			if (IS_TYPE(acc, T_PRIM)) {
				const struct prim *p = PRIM(acc);
				int fast = PRIM_FAST(acc);
				obj r = UNDEF;
				if (!p->fn) { /* apply: spread the last argument */
					obj list, l;
					int len;
					if (n < 2)
						fail("wrong number of arguments", acc);
					list = stk[sp - 1];
					len = list_length(list);
					if (len < 0)
						fail("apply: not a list", list);
					acc = stk[sp - (size_t)n];
					memmove(&stk[sp - (size_t)n], &stk[sp - (size_t)n + 1],
						(size_t)(n - 2) * sizeof(obj));
					sp -= 2;
					stk = stack_reserve(sp, (size_t)len);
					for (l = list; l != NIL; l = CDR(l))
						stk[sp++] = CAR(l);
					n = n - 2 + len;
					goto dispatch;
				}
				if (fast)
					r = fast_call(fast, n, &stk[sp - (size_t)n]);
				if (r == UNDEF) {
					if (n < p->min || (p->max >= 0 && n > p->max))
						fail("wrong number of arguments", acc);
					r = p->fn(n, &stk[sp - (size_t)n]);
				}
				acc = r;
				sp -= (size_t)n;
				if (!tail)
					break;
				goto ret;
			}
			fail("not a procedure", acc);
			break;
		case OP_RET:
		ret:
			if (sp == 0) {
				cur_code = NULL;
				return acc;
			}
			env = stk[--sp];
			pc = FIXVAL(stk[--sp]);
			code = (struct code *)RAWPTR(stk[--sp]);
			ops = code->ops;
			break;
		default:
			SAVE();
			fail("bad opcode", FIX(ops[pc - 1]));
		}
	}
#undef PUSH
#undef SAVE
}

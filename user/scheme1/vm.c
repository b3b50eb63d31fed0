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

#define STACK_LIMIT (32 * 1024 * 1024) /* words */

static obj *stack;
static size_t sp, stack_cap;
static struct code *cur_code;
static intptr_t cur_pc;

void
vm_location(const char **file, int *line)
{
	if (!cur_code)
		return;
	*file = cur_code->file;
	*line = cur_pc > 0 && cur_pc <= cur_code->nops ? cur_code->lines[cur_pc - 1] : 0;
}

static void
stack_reserve(size_t n)
{
	if (sp + n <= stack_cap)
		return;
	if (sp + n > STACK_LIMIT)
		fail("stack overflow (recursion too deep)", UNDEF);
	while (stack_cap < sp + n)
		stack_cap = stack_cap ? 2 * stack_cap : 4096;
	stack = xrealloc(stack, stack_cap * sizeof *stack);
}

static obj
make_frame(obj parent, int size)
{
	obj f = alloc(T_FRAME, (size_t)size + 1);
	int i;
	FRAME_PARENT(f) = parent;
	for (i = 0; i < size; i++)
		FRAME_SLOT(f, i) = UNDEF;
	return f;
}

/* spread_apply: (apply f a ... list) with n values on the stack becomes a
 * call of f with a ... and the list's elements; returns the new count. */
static int
spread_apply(int n, obj *fn)
{
	obj list = stack[sp - 1], p;
	int len = list_length(list);
	if (len < 0)
		fail("apply: not a list", list);
	*fn = stack[sp - (size_t)n];
	memmove(&stack[sp - (size_t)n], &stack[sp - (size_t)n + 1], (size_t)(n - 2) * sizeof(obj));
	sp -= 2;
	stack_reserve((size_t)len);
	for (p = list; p != NIL; p = CDR(p))
		stack[sp++] = CAR(p);
	return n - 2 + len;
}

obj
vm_run(struct code *code)
{
	obj acc = UNSPEC, env = NIL;
	intptr_t *ops = code->ops;
	intptr_t pc = 0;
	size_t base = sp;
	int n, tail;
	struct code *saved_code = cur_code;
	intptr_t saved_pc = cur_pc;

#define SAVE() (cur_code = code, cur_pc = pc)
	for (;;) {
		switch (ops[pc++]) {
		case OP_CONST:
			acc = code->consts[ops[pc++]];
			break;
		case OP_LREF: {
			obj e = env;
			intptr_t d = ops[pc];
			while (d-- > 0)
				e = FRAME_PARENT(e);
			acc = FRAME_SLOT(e, ops[pc + 1]);
			pc += 3;
			if (acc == UNDEF) {
				SAVE();
				fail("variable used before its definition", code->consts[ops[pc - 1]]);
			}
			break;
		}
		case OP_LSET: {
			obj e = env;
			intptr_t d = ops[pc];
			while (d-- > 0)
				e = FRAME_PARENT(e);
			FRAME_SLOT(e, ops[pc + 1]) = acc;
			pc += 2;
			break;
		}
		case OP_GREF:
			acc = SYM_VALUE(code->consts[ops[pc++]]);
			if (acc == UNDEF) {
				SAVE();
				fail("unbound variable", code->consts[ops[pc - 1]]);
			}
			break;
		case OP_GSET:
			if (SYM_VALUE(code->consts[ops[pc]]) == UNDEF) {
				pc++;
				SAVE();
				fail("set!: unbound variable", code->consts[ops[pc - 1]]);
			}
			SYM_VALUE(code->consts[ops[pc++]]) = acc;
			break;
		case OP_GDEF:
			SYM_VALUE(code->consts[ops[pc++]]) = acc;
			break;
		case OP_PUSH:
			if (sp == stack_cap) {
				SAVE();
				stack_reserve(1);
			}
			stack[sp++] = acc;
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
		case OP_CLOSURE: {
			obj c = alloc(T_CLOSURE, 2);
			FIELD(c, 0) = RAW((struct code *)ops[pc++]);
			CLO_ENV(c) = env;
			acc = c;
			break;
		}
		case OP_ENTER: {
			intptr_t k = ops[pc], size = ops[pc + 1], i;
			obj f = make_frame(env, (int)size);
			for (i = 0; i < k; i++)
				FRAME_SLOT(f, i) = stack[sp - (size_t)k + (size_t)i];
			sp -= (size_t)k;
			env = f;
			pc += 2;
			break;
		}
		case OP_LEAVE:
			env = FRAME_PARENT(env);
			break;
		case OP_CALL:
		case OP_TCALL:
			tail = ops[pc - 1] == OP_TCALL;
			n = (int)ops[pc++];
			SAVE();
			gc_maybe(stack, sp, &acc, &env);
		dispatch:
			if (IS_TYPE(acc, T_CLOSURE)) {
				struct code *c = CLO_CODE(acc);
				obj f;
				int i;
				if (n != c->nparams && !(c->rest && n > c->nparams))
					fail("wrong number of arguments", acc);
				f = make_frame(CLO_ENV(acc), c->frame_size);
				for (i = 0; i < c->nparams; i++)
					FRAME_SLOT(f, i) = stack[sp - (size_t)n + (size_t)i];
				if (c->rest) {
					obj rest = NIL;
					for (i = n - 1; i >= c->nparams; i--)
						rest = cons(stack[sp - (size_t)n + (size_t)i], rest);
					FRAME_SLOT(f, c->nparams) = rest;
				}
				sp -= (size_t)n;
				if (!tail) {
					stack_reserve(3);
					stack[sp++] = RAW(code);
					stack[sp++] = FIX(pc);
					stack[sp++] = env;
				}
				code = c;
				ops = c->ops;
				pc = 0;
				env = f;
				break;
			}
			if (IS_TYPE(acc, T_PRIM)) {
				int index = PRIM_INDEX(acc);
				struct prim *p = &prims[index];
				if (!p->fn) {
					if (n < 2)
						fail("wrong number of arguments", acc);
					n = spread_apply(n, &acc);
					goto dispatch;
				}
				if (n < p->min || (p->max >= 0 && n > p->max))
					fail("wrong number of arguments", acc);
				acc = p->fn(n, &stack[sp - (size_t)n]);
				sp -= (size_t)n;
				if (!tail)
					break;
				goto ret;
			}
			fail("not a procedure", acc);
			break;
		case OP_RET:
		ret:
			if (sp == base) {
				cur_code = saved_code;
				cur_pc = saved_pc;
				return acc;
			}
			env = stack[--sp];
			pc = FIXVAL(stack[--sp]);
			code = (struct code *)RAWPTR(stack[--sp]);
			ops = code->ops;
			break;
		default:
			SAVE();
			fail("bad opcode", FIX(ops[pc - 1]));
		}
	}
#undef SAVE
}

/* scheme1: shared declarations.
 *
 * A value (obj) is one machine word:
 *   ...xx1  a fixnum, values in [-2^61, 2^61) (make_int); wider integers
 *           are boxed (T_INT)
 *   ...000  a pointer to a heap object (header word first)
 *   ...010  an immediate constant (nil, #t, #f, eof, unspecified, undefined)
 *   ...100  a raw pointer (a code block) kept on the VM stack
 * The collector runs only at safe points of the VM (see vm.c), so C code
 * between two calls may hold objects in locals without registering them.
 */
#ifndef SCHEME1_H
#define SCHEME1_H

#include <stddef.h>
#include <stdint.h>

typedef uintptr_t obj;

#define NIL ((obj)0x02)
#define TRUE ((obj)0x12)
#define FALSE ((obj)0x22)
#define UNSPEC ((obj)0x32)
#define EOF_OBJ ((obj)0x42)
#define UNDEF ((obj)0x52) /* an unbound global or an uninitialised local */

#define IS_FIX(o) (((o) & 1) != 0)
#define IS_PTR(o) (((o) & 7) == 0)
#define FIX(v) ((obj)(((uintptr_t)(v) << 1) | 1))
#define FIXVAL(o) ((int64_t)(o) >> 1)
#define BOOL(c) ((c) ? TRUE : FALSE)
#define RAW(p) ((obj)(uintptr_t)(p) | 4)
#define RAWPTR(o) ((void *)((o) & ~(obj)7))

/* Heap object types; the header is type | (size in words << 8). */
enum {
	T_PAIR = 1, T_INT, T_SYMBOL, T_BYTES, T_CLOSURE, T_FRAME, T_PRIM,
	T_RECORD, T_VALUES, T_FORWARD
};

/* T_BYTES flags (in the header, bits 4..7): a string prints as "..." */
#define BYTES_STRING 0x10

#define HDR(o) (((obj *)(o))[0])
#define TYPE(o) (HDR(o) & 0x0f)
#define FIELD(o, i) (((obj *)(o))[(i) + 1])
#define IS_TYPE(o, t) (IS_PTR(o) && TYPE(o) == (t))

#define CAR(o) FIELD(o, 0)
#define CDR(o) FIELD(o, 1)
#define IS_PAIR(o) IS_TYPE(o, T_PAIR)
#define IS_SYMBOL(o) IS_TYPE(o, T_SYMBOL)

/* symbol: name (bytes), global value */
#define SYM_NAME(o) FIELD(o, 0)
#define SYM_VALUE(o) FIELD(o, 1)

/* bytes: length word, then the bytes */
#define BYTES_LEN(o) ((size_t)FIELD(o, 0))
#define BYTES_DATA(o) ((unsigned char *)&FIELD(o, 1))
#define IS_BYTES(o) IS_TYPE(o, T_BYTES)

/* closure: raw code block, env (frame or NIL) */
#define CLO_CODE(o) ((struct code *)RAWPTR(FIELD(o, 0)))
#define CLO_ENV(o) FIELD(o, 1)

/* frame: parent, slots... */
#define FRAME_PARENT(o) FIELD(o, 0)
#define FRAME_SLOT(o, i) FIELD(o, (i) + 1)

/* prim: raw pointer to its entry in a primitive table, fast case (vm.c) */
#define PRIM(o) ((const struct prim *)RAWPTR(FIELD(o, 0)))
#define PRIM_FAST(o) ((int)FIXVAL(FIELD(o, 1)))

/* record: type descriptor, fields...; a type descriptor is itself a
 * record whose type is FALSE: name. */
#define REC_TYPE(o) FIELD(o, 0)
#define REC_FIELD(o, i) FIELD(o, (i) + 1)

/* values: a list of the values */
#define VALUES_LIST(o) FIELD(o, 0)

/* A compiled procedure or top-level form. Code blocks live outside the
 * heap and are never freed; their constants are roots. */
struct code {
	intptr_t *ops;
	int *lines;     /* source line of each op */
	int nops, cap;
	obj *consts;
	int nconsts, constcap;
	int nparams;    /* required parameters */
	int rest;       /* 1 when the last slot takes the remaining arguments */
	int frame_size; /* parameters plus internal defines */
	const char *file;
	obj name;       /* symbol or FALSE */
	int at_caller;  /* errors here are reported at the caller (prelude, records) */
};

/* Growable byte buffer (printer, format, reader errors). */
struct buf {
	unsigned char *p;
	size_t len, cap;
};

/* heap.c */
extern obj *heap_next, *heap_limit;
obj *heap_words_slow(size_t n);

/* heap_words: room for n words in the heap, uninitialised (the fast path
 * is inline: allocation is most of what a call costs) */
static inline obj *heap_words(size_t n)
{
	obj *p = heap_next;
	if ((size_t)(heap_limit - p) < n)
		return heap_words_slow(n);
	heap_next = p + n;
	return p;
}

static inline obj cons(obj a, obj d)
{
	obj *p = heap_words(3);
	p[0] = T_PAIR | (2 << 8);
	p[1] = a;
	p[2] = d;
	return (obj)p;
}

/* make_frame: a frame of size slots below parent, the first n of them
 * vals, the others UNDEF */
static inline obj make_frame(obj parent, int size, const obj *vals, int n)
{
	obj *p = heap_words((size_t)size + 2);
	int i;
	p[0] = T_FRAME | ((obj)(size + 1) << 8);
	p[1] = parent;
	for (i = 0; i < n; i++)
		p[i + 2] = vals[i];
	for (; i < size; i++)
		p[i + 2] = UNDEF;
	return (obj)p;
}

static inline obj make_closure(struct code *c, obj env)
{
	obj *p = heap_words(3);
	p[0] = T_CLOSURE | (2 << 8);
	p[1] = RAW(c);
	p[2] = env;
	return (obj)p;
}

obj alloc(int type, size_t words);
obj make_bytes(size_t len, int is_string);
obj make_string_n(const char *s, size_t n);
obj make_string(const char *s);
obj make_boxed_int(int64_t v);

/* integers: a fixnum when the value fits in 62 bits, else boxed */
static inline obj make_int(int64_t v)
{
	if (v >= -((int64_t)1 << 61) && v < ((int64_t)1 << 61))
		return FIX(v);
	return make_boxed_int(v);
}

static inline int is_int(obj o)
{
	return IS_FIX(o) || IS_TYPE(o, T_INT);
}

static inline int64_t int_value(obj o)
{
	if (IS_FIX(o))
		return FIXVAL(o);
	return (int64_t)(uint64_t)FIELD(o, 0);
}
extern int gc_due;
void gc_collect(obj *stack, size_t sp, obj *acc, obj *env);
void gc_add_code(struct code *c);
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
void *xgrow(void *p, int n, int *cap, size_t size);

/* symbol.c */
obj intern(const char *name, size_t len);
obj intern_c(const char *name);
obj gensym(void);
void symbols_mark(void (*visit)(obj *));

/* error.c */
extern const char *err_file;
extern int err_line;
void fail(const char *msg, obj irritant); /* irritant UNDEF: none */
void fail_oom(void);
void fail_irritants(const char *msg, obj irritants);
void fail_location(const char *file, int line, const char *msg, obj irritants);

/* buf.c */
void buf_add(struct buf *b, const void *p, size_t n);
void buf_byte(struct buf *b, int c);
void buf_str(struct buf *b, const char *s);
obj buf_to_string(struct buf *b);

/* read.c */
struct reader {
	const unsigned char *p, *end;
	const char *file;
	int line;
};
obj read_datum(struct reader *r);
obj parse_integer(const unsigned char *s, size_t n, int radix); /* EOF_OBJ at the end */
int source_line(obj pair);        /* line of a pair read by read_datum, or 0 */
void source_lines_clear(void);

/* print.c */
void print_obj(struct buf *b, obj o, int write);
void print_int(struct buf *b, int64_t v, int radix);
obj format_string(obj fmt, int argc, obj *argv);

/* Symbols the compiler knows, collector roots (syntax.c). */
enum {
	S_QUOTE, S_QUASIQUOTE, S_UNQUOTE, S_UNQUOTE_SPLICING, S_LAMBDA, S_DEFINE,
	S_SET, S_IF, S_BEGIN, S_LET, S_LETSTAR, S_LETREC, S_LETRECSTAR,
	S_LET_VALUES, S_LETSTAR_VALUES, S_COND, S_CASE, S_AND, S_OR, S_WHEN,
	S_UNLESS, S_DO, S_DEFINE_RECORD_TYPE, S_PMATCH, S_ELSE, S_ARROW,
	S_GUARD, S_UNDERSCORE,
	S_P_LIST, S_P_APPLY, S_P_CALL_WITH_VALUES, S_P_MEMV, S_P_EQUAL, S_P_EQ,
	S_P_CAR, S_P_CDR, S_P_PAIR, S_P_NULL, S_P_ERROR, S_P_MAKE_RECORD_TYPE,
	S_P_RECORD, S_P_RECORDP, S_P_RECORD_REF, S_P_RECORD_SET, S_P_CONS,
	S_P_APPEND, S_P_RECORD_LAMBDA,
	NSYMS
};
extern obj syms[NSYMS];
void syms_init(void);
obj expand_derived(obj form); /* UNDEF when form is not a derived form */
void syntax_error(obj form);
void syntax_limit(const char *msg);

/* Bytecode: each op is followed by its operands (see vm.c). */
enum {
	OP_CONST,   /* k: acc = consts[k] */
	OP_LREF,    /* depth slot k: acc = local (k: its name, for errors) */
	OP_LSET,    /* depth slot k: local = acc (k: its name) */
	OP_GREF,    /* k: acc = global consts[k] */
	OP_GSET,    /* k: global consts[k] = acc (must be bound) */
	OP_GDEF,    /* k: global consts[k] = acc */
	OP_PUSH,    /* push acc */
	OP_JUMP,    /* target */
	OP_JUMPF,   /* target: jump when acc is #f */
	OP_JUMPT,   /* target: jump unless acc is #f */
	OP_CLOSURE, /* code: acc = closure of code over env */
	OP_CALL,    /* n: call acc with the n pushed arguments */
	OP_TCALL,   /* n: the same, in tail position */
	OP_RET,     /* return acc */
	OP_ENTER,   /* n size: a new frame of size slots from n pushed values */
	OP_LEAVE,   /* back to the parent frame */
	/* fused forms of the above */
	OP_PUSH_CONST, /* k: CONST k; PUSH */
	OP_PUSH_LREF,  /* depth slot k: LREF; PUSH */
	OP_PUSH_GREF,  /* k: GREF k; PUSH */
	OP_GCALL,      /* k n: GREF k; CALL n */
	OP_GTCALL,     /* k n: GREF k; TCALL n */
	OP_LCALL,      /* depth slot k n: LREF; CALL n */
	OP_LTCALL      /* depth slot k n: LREF; TCALL n */
};

/* compile.c */
struct code *compile_toplevel(obj form, const char *file, int line);
int list_length(obj o); /* -1 when not a proper list */
obj reverse_list(obj l); /* (prim.c) l must be a proper list */

/* main.c: the prelude's file name, as code blocks record it */
extern const char prelude_file[];

/* vm.c */
obj vm_run(struct code *c);
int fast_case(const char *name);
void vm_location(const char **file, int *line);

/* prim.c and friends */
typedef obj (*prim_fn)(int argc, obj *argv);
struct prim {
	const char *name;
	prim_fn fn;  /* NULL for apply, which the VM does itself */
	int min, max; /* max -1: any */
};
extern const struct prim num_prims[], bytes_prims[], sys_prims[];
void prims_init(void);
int equal(obj a, obj b, int depth);
/* argument checks: fail with "WHO: not a ..." */
int64_t arg_int(obj o, const char *who);
obj arg_bytes(obj o, const char *who);
obj arg_list(obj o, const char *who);
void fail_who(const char *who, const char *what, obj irritant);
void prim_sys_init(void);
extern int main_argc;
extern char **main_argv;

/* our libc's one system call entry (user/libc): -errno on failure */
long __syscall(long n, long a, long b, long c, long d, long e, long f);

#define MAX_DEPTH 10000 /* nesting limit of the reader, printer, compiler */

#endif

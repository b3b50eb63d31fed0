/* cc1.h: what the parts of cc1 share: tokens, macros, types, symbols,
 * the syntax tree, and each file's entry points. cc1 is written in C0
 * (docs/CHAIN.md): no floating point, bit-fields, goto, varargs or
 * function-like macros here. */
#include "lib0.h"

typedef struct Buf Buf;
typedef struct File File;
typedef struct Name Name;
typedef struct Hide Hide;
typedef struct Tok Tok;
typedef struct Macro Macro;
typedef struct Type Type;
typedef struct Member Member;
typedef struct Param Param;
typedef struct Sym Sym;
typedef struct GSym GSym;
typedef struct Node Node;
typedef struct Func Func;

/* util.c */
struct Buf {
	char *p;
	long len;
	long cap;
};
void *alloc(long n);
void *grow(void *p, long n, long want, long size);
char *dupn(char *s, long n);
char *cat(char *a, char *b);
int streq(char *a, char *b);
void buf_add(Buf *b, void *p, long n);
void buf_str(Buf *b, char *s);
void buf_byte(Buf *b, int c);
void buf_zero(Buf *b, long n);
void buf_align(Buf *b, long a);
long round_up(long n, long a);
void put_le(char *p, long v, int n);
void put(int fd, char *s);
void die(char *what);
char *read_file(char *path, long *len);
int write_file(char *path, char *p, long n, int exe);
void error_tok(Tok *t, char *msg);
void error_at(File *f, int line, char *msg);
char *tok_str(Tok *t);
char *num_str(long v);

/* lex.c: the text of a file as a list of preprocessing tokens */
enum { TK_IDENT, TK_NUM, TK_CHAR, TK_STR, TK_PUNCT, TK_OTHER, TK_EOF };
enum { TF_BOL = 1, TF_SPACE = 2, TF_MACRO = 4 };
enum {
	P_SHLEQ = 128, P_SHREQ, P_ELLIPSIS, P_ARROW, P_INC, P_DEC, P_SHL, P_SHR, P_LE, P_GE,
	P_EQ, P_NE, P_LAND, P_LOR, P_MULEQ, P_DIVEQ, P_MODEQ, P_ADDEQ, P_SUBEQ, P_ANDEQ,
	P_XOREQ, P_OREQ, P_PASTE
};
/* name is what __FILE__ and messages say (#line changes it), path where
 * the file was read from */
struct File {
	char *name;
	char *path;
};
struct Name {
	char *s;
	int len;
	int kw;
	Name *hnext;
	Macro *mac;
	Sym *sym;
	Sym *tag;
	GSym *gsym;
};
struct Hide {
	Name *name;
	Hide *next;
};
struct Tok {
	Tok *next;
	int kind;
	int flags;
	int punct;
	int len;
	char *s;
	Name *name;
	File *file;
	int line;
	Hide *hs;
};
Name *intern(char *s, int len);
Tok *lex(File *f, char *p, long n);
void names_clear_macros(void);
int lex_escape(char **pp, long *v);
int hex_digit(int c); /* 0..15, or -1 if c is not a hex digit */
long lex_utf8(char **pp);
long char_const(Tok *t);
unsigned long lex_int(Tok *t, int *flags, int *ok);
int binary_op(Tok *t, int *op);
long fold_int(int op, long a, long b, int uns, int *ok);

/* pp.c: the preprocessor */
void pp_init(void);
void pp_define(char *def);
void pp_undef(char *name);
void pp_add_dir(char *dir, int sys);
void pp_begin(char *path);
Tok *pp_next(void);
extern int pp_pack;

/* type.c */
enum {
	TY_VOID, TY_BOOL, TY_CHAR, TY_SHORT, TY_INT, TY_LONG, TY_FLOAT, TY_DOUBLE, TY_LDOUBLE,
	TY_PTR, TY_ARRAY, TY_FUNC, TY_STRUCT, TY_UNION
};
struct Type {
	int kind;
	int uns;
	int qual;
	Type *origin;
	long size;
	int align;
	int incomplete;
	int packed;
	int pack;
	Type *base;
	long len;
	Sym *vla;
	Member *mem;
	Param *params;
	int variadic;
	int oldstyle;
};
struct Member {
	Name *name;
	Type *ty;
	long off;
	int align;
	int bits;
	int bitoff;
	int unit;
	Member *next;
};
struct Param {
	Name *name;
	Type *ty;
	Tok *tok;
	Sym *sym;
	Param *next;
};
extern Type *ty_void, *ty_bool, *ty_char, *ty_schar, *ty_uchar, *ty_short, *ty_ushort;
extern Type *ty_int, *ty_uint, *ty_long, *ty_ulong, *ty_llong, *ty_ullong;
extern Type *ty_float, *ty_double, *ty_ldouble, *ty_valist;
void type_init(void);
Type *new_type(int kind, long size, int align);
Type *qualified(Type *t, int qual);
Type *aligned_type(Type *t, int align);
Type *ptr_to(Type *base);
Type *array_of(Type *base, long len);
Type *func_type(Type *ret);
int is_int(Type *t);
int is_flt(Type *t);
int is_arith(Type *t);
int is_scalar(Type *t);
int is_ptr(Type *t);
int is_aggr(Type *t);
int is_void(Type *t);
Type *promote(Type *t);
Type *common_type(Type *a, Type *b);
int same_type(Type *a, Type *b);
Member *find_member(Type *t, Name *n, long *off);
void layout_struct(Type *t, Tok *where);
int hfa_count(Type *t, Type **base);

/* float.c: IEEE binary32, binary64 and binary128 values (in lo, and hi
 * for binary128's upper half) by integer arithmetic, correctly rounded */
struct Fval {
	long lo;
	long hi;
};
typedef struct Fval Fval;
int flt_parse(Fval *r, char *s, int len, Type *t);
void flt_binop(Fval *r, int op, Fval *a, Fval *b, Type *t);
int flt_cmp(Fval *a, Fval *b, Type *t);
void flt_conv(Fval *r, Fval *a, Type *from, Type *to);
void flt_from_int(Fval *r, long v, int uns, Type *to);
long flt_to_int(Fval *a, Type *from, int uns, int *ok);
int flt_is_zero(Fval *a, Type *t);
void flt_neg(Fval *r, Fval *a, Type *t);

/* symbols: parse.c keeps the scopes, link.c the link symbols */
enum { SY_VAR, SY_TYPEDEF, SY_ENUM, SY_TAG };
enum { SC_NONE, SC_STATIC, SC_EXTERN, SC_TYPEDEF, SC_AUTO, SC_REGISTER };
struct Sym {
	int kind;
	Name *name;
	Type *ty;
	int local;
	long off;
	GSym *g;
	long val;
	int depth;
	Sym *shadow;
	Tok *tok;
	Sym *next;
	Sym *link;
	long ptr_off;
	int notinline;
};
enum { S_BSS, S_TEXT, S_RODATA, S_DATA, S_PREINIT, S_INIT, S_FINI, S_NSECT };
enum { G_UNDEF, G_COMMON, G_DEFINED };
struct GSym {
	Name *name;
	int state;
	int sect;
	long off;
	long size;
	int align;
	int weak;
	int ctor;
	int dtor;
	long addr;
	GSym *alias;
	GSym *next;
};
/* at off in sect, the address of g plus addend, written as kind says */
typedef struct Reloc Reloc;
struct Reloc {
	int sect;
	int kind;
	long off;
	GSym *g;
	long addend;
};
GSym *gsym_new(Name *name);
GSym *gsym_extern(Name *name);
long sect_put(int sect, void *p, long n, int align);
long sect_bss(long n, int align);
void sect_reloc(int sect, long off, int kind, GSym *g, long addend);
char *sect_data(int sect);
int sect_relocs(int sect, long off, long size, Reloc *out);
void link_write(char *out);

/* the syntax tree */
enum {
	N_NUM, N_FNUM, N_VAR, N_ADDR, N_DEREF, N_MEMBER, N_CALL, N_CAST,
	N_ADD, N_SUB, N_MUL, N_DIV, N_MOD, N_AND, N_OR, N_XOR, N_SHL, N_SHR,
	N_EQ, N_NE, N_LT, N_LE, N_LAND, N_LOR, N_NEG, N_NOT, N_LNOT,
	N_ASSIGN, N_OPASSIGN, N_INC, N_COND, N_COMMA, N_STMTEXPR,
	N_VASTART, N_VAARG, N_ALLOCA, N_LABELADDR, N_INIT, N_NOP,
	S_BLOCK, S_EXPR, S_IF, S_WHILE, S_DO, S_FOR, S_SWITCH, S_CASE, S_BREAK,
	S_CONTINUE, S_RETURN, S_GOTO, S_GOTOPTR, S_LABEL
};
int label_of(Name *n, Tok *t, int define);
struct Node {
	int op;
	Type *ty;
	Tok *tok;
	Node *a;
	Node *b;
	Node *c;
	Node *d;
	Node *next;
	long val;
	long val2;
	Fval f;
	Sym *sym;
	GSym *g;
	Member *mem;
	int label;
	int label2;
};
struct Func {
	Sym *sym;
	Sym *params;
	Node *body;
	int nlabels;
	Tok *tok;
	Sym *name_var;
	Sym *aligned;
	Node *vla_init;
};

/* parse.c: declarations, statements, initializers; expr.c: expressions */
enum {
	KW_VOID = 1, KW_CHAR, KW_SHORT, KW_INT, KW_LONG, KW_FLOAT, KW_DOUBLE, KW_SIGNED,
	KW_UNSIGNED, KW_BOOL, KW_COMPLEX, KW_STRUCT, KW_UNION, KW_ENUM, KW_TYPEDEF, KW_EXTERN,
	KW_STATIC, KW_AUTO, KW_REGISTER, KW_CONST, KW_VOLATILE, KW_RESTRICT, KW_INLINE,
	KW_NORETURN, KW_ALIGNAS, KW_THREAD, KW_ATOMIC, KW_TYPEOF, KW_ATTRIBUTE, KW_ASM,
	KW_EXTENSION, KW_VALIST, KW_LAST_TYPE,
	KW_SIZEOF, KW_ALIGNOF, KW_GENERIC, KW_STATIC_ASSERT, KW_IF, KW_ELSE, KW_WHILE, KW_DO,
	KW_FOR, KW_SWITCH, KW_CASE, KW_DEFAULT, KW_BREAK, KW_CONTINUE, KW_RETURN, KW_GOTO,
	KW_LABEL, KW_FUNC, KW_VA_START, KW_VA_ARG, KW_VA_END, KW_VA_COPY, KW_OFFSETOF,
	KW_TYPES_COMPAT, KW_CONSTANT_P, KW_EXPECT, KW_CHOOSE_EXPR, KW_ALLOCA, KW_CLEAR_CACHE,
	KW_UNREACHABLE
};
extern Tok *tok;
extern Func *cur_func;
void next(void);
Tok *peek(void);
int is(int punct);
int accept(int punct);
void expect(int punct, char *what);
int is_kw(int kw);
int is_typename(Tok *t);
Type *typename(void);
Sym *new_local(Name *name, Type *ty, Tok *t);
Sym *new_anon_global(Type *ty);
Node *compound_stmt(void);
Node *local_init(Sym *var, Tok *t, int keep);
void static_init(Sym *var, int sect);
Sym *implicit_func(Name *name, Type *ft, Tok *t);
extern int static_ctx;
int new_label(void);
void parse_init(void);
void parse_unit(void);

Node *new_node(int op, Type *ty, Tok *t);
Node *new_num(long v, Type *ty, Tok *t);
Node *new_var(Sym *s, Tok *t);
Node *expr(void);
Node *assign(void);
Node *cond_expr(void);
Node *rval(Node *n);
Node *cast(Node *n, Type *ty);
Node *assign_to(Node *lhs, Node *rhs, Tok *t);
Node *add_offset(Node *base, long off, Type *ty, Tok *t);
long const_int(Node *n);
Node *scale(Node *n, Type *t, Tok *tk);
int eval_const(Node *n, long *v, GSym **g);
Node *string_lit(void);
long trunc_to(long v, Type *t);

/* gen.c: the syntax tree of one function to code, through arm64.c */
void gen_func(Func *f);
void frame_reset(void);
long frame_local(long size, int align);

long frame_size(void);

/* arm64.c: the one file that knows the machine. Register 0 holds the
 * value being computed (an integer, a floating value, or the address of
 * a struct); cg_pop puts an operand into register 1. */
enum { ELF_MACHINE = 183 };
extern char *arch_defs;
enum { R_ABS64, R_CALL26, R_MOVW };
enum { CMP_EQ, CMP_LT, CMP_GT };
void cg_func_begin(Func *f);
void cg_func_end(Func *f);
void cg_label(int l);
void cg_jump(int l);
void cg_branch(int l, int nonzero, Type *t);
void cg_cmp_branch(Type *t, long v, int cond, int l);
void cg_jump_reg(void);
void cg_label_addr(int l);
void cg_sp_save(long off);
void cg_sp_restore(long off);
void cg_imm(long v, Type *t);
void cg_fimm(Fval *f, Type *t);
void cg_local_addr(long off, int r);
void cg_global_addr(GSym *g, long addend, int r);
void cg_add_imm(long v);
void cg_load_reg(int r);
void cg_load(Type *t);
void cg_store(Type *t);
void cg_load_bf(Member *m);
void cg_store_bf(Member *m);
void cg_push(Type *t);
void cg_pop(Type *t);
void cg_keep(Type *t);
void cg_load_local(long off, Type *t);
void cg_binop(int op, Type *t);
void cg_unop(int op, Type *t);
void cg_cast(Type *from, Type *to);
void cg_call(Node *n, GSym *direct);
void cg_return(Type *t);
void cg_zero(long size);
void cg_save(long off, Type *t);
void cg_restore(long off, Type *t);
void cg_va_start(void);
void cg_va_arg(Type *t);
void cg_alloca(void);
void cg_patch(int kind, char *at, long where, long target);

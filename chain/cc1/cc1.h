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
int char_in(char *set, int c);
void buf_add(Buf *b, void *p, long n);
void buf_str(Buf *b, char *s);
void buf_byte(Buf *b, int c);
void buf_num(Buf *b, long v);
void buf_zero(Buf *b, long n);
void buf_align(Buf *b, long a);
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
struct File {
	char *name;
	char *path;
	File *real;
	int once;
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
Tok *new_tok(Tok *from);
void names_clear_macros(void);
int lex_escape(char **pp, long *v);
long lex_utf8(char **pp);
long char_const(Tok *t);
unsigned long lex_int(Tok *t, int *flags, int *ok);

/* pp.c: the preprocessor */
void pp_init(void);
void pp_define(char *def);
void pp_undef(char *name);
void pp_add_dir(char *dir, int sys);
void pp_begin(char *path);
Tok *pp_next(void);
char *tok_spell(Tok *t);

/* type.c */
enum {
	TY_VOID, TY_BOOL, TY_CHAR, TY_SHORT, TY_INT, TY_LONG, TY_FLOAT, TY_DOUBLE, TY_LDOUBLE,
	TY_PTR, TY_ARRAY, TY_FUNC, TY_STRUCT, TY_UNION
};
struct Type {
	int kind;
	int uns;
	long size;
	int align;
	int incomplete;
	int packed;
	Type *base;
	long len;
	Sym *vla;
	Member *mem;
	Param *params;
	int variadic;
	int oldstyle;
	Tok *tag;
};
struct Member {
	Name *name;
	Type *ty;
	long off;
	int bits;
	int bitoff;
	Member *next;
};
struct Param {
	Name *name;
	Type *ty;
	Tok *tok;
	Param *next;
};
extern Type *ty_void, *ty_bool, *ty_char, *ty_schar, *ty_uchar, *ty_short, *ty_ushort;
extern Type *ty_int, *ty_uint, *ty_long, *ty_ulong, *ty_llong, *ty_ullong;
extern Type *ty_float, *ty_double, *ty_ldouble, *ty_valist;
void type_init(void);
Type *new_type(int kind, long size, int align);
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

/* float.c: IEEE binary32/64/128 by integer arithmetic */
struct Fval {
	long lo;
	long hi;
};
typedef struct Fval Fval;
Fval flt_parse(char *s, int len, Type *t, Tok *where);
Fval flt_binop(int op, Fval a, Fval b, Type *t);
int flt_cmp(Fval a, Fval b, Type *t);
Fval flt_conv(Fval a, Type *from, Type *to);
Fval flt_from_int(long v, int uns, Type *to);
long flt_to_int(Fval a, Type *from, int uns);
int flt_is_zero(Fval a, Type *t);
Fval flt_neg(Fval a, Type *t);

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
};
enum { S_TEXT, S_RODATA, S_DATA, S_BSS, S_NSECT };
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
	int used;
	long addr;
	GSym *next;
};
GSym *gsym_new(Name *name);
GSym *gsym_extern(Name *name);
long sect_put(int sect, void *p, long n, int align);
long sect_bss(long n, int align);
void sect_reloc(int sect, long off, int kind, GSym *g, long addend);
char *sect_data(int sect);
long sect_size(int sect);
GSym *gsym_data(int sect, char *p, long n, int align);
void link_write(char *out);

/* the syntax tree */
enum {
	N_NUM, N_FNUM, N_VAR, N_ADDR, N_DEREF, N_MEMBER, N_CALL, N_CAST,
	N_ADD, N_SUB, N_MUL, N_DIV, N_MOD, N_AND, N_OR, N_XOR, N_SHL, N_SHR,
	N_EQ, N_NE, N_LT, N_LE, N_LAND, N_LOR, N_NEG, N_NOT, N_LNOT,
	N_ASSIGN, N_OPASSIGN, N_INC, N_COND, N_COMMA, N_STMTEXPR,
	N_VASTART, N_VAARG, N_ALLOCA, N_LABELADDR, N_INIT, N_NOP,
	S_BLOCK, S_EXPR, S_IF, S_WHILE, S_DO, S_FOR, S_SWITCH, S_CASE, S_BREAK,
	S_CONTINUE, S_RETURN, S_GOTO, S_GOTOPTR, S_LABEL, S_VLA, S_SPSAVE, S_SPRESTORE
};
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
	Type *ty;
	Sym *params;
	Node *body;
	int nlabels;
	Sym *vaarea;
	Name *name;
	Tok *tok;
	Sym *retbuf;
};

/* parse.c, decl.c, expr.c */
void parse_unit(void);
long frame_local(long size, int align);

/* gen.c: the syntax tree of one function to code, through arm64.c */
void gen_func(Func *f);

/* arm64.c: the one file that knows the machine */
enum { R_ABS64, R_CALL26, R_MOVW };
void cg_func_begin(Func *f);
void cg_func_end(void);
long cg_local(long size, int align);
void cg_patch(int kind, char *at, long where, long target);

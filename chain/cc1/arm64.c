/* arm64.c: the one file that knows the machine: A64 instructions, the
 * frame, and AAPCS64 (arguments in x0-x7 and v0-v7, then on the stack;
 * structs of up to 16 bytes in registers, larger ones by reference;
 * homogeneous floating aggregates in v registers; long double through
 * the __*tf* helpers of tcc's lib-arm64.c). Register 0 is x0, or v0 for
 * a floating value; register 1 is x1 or v1. The value stack gen.c pushes
 * on is a row of 16-byte slots in the frame, below x29 like every local:
 *
 *     x29 + 16 ...   arguments passed on the stack
 *     x29            the caller's x29 and x30
 *     x29 - off      locals, temporaries and value-stack slots
 *     sp             arguments of a call being made, alloca's blocks
 *
 * x9-x12 and x16-x17 are scratch; nothing lives in a register between
 * two operations, so calls preserve nothing. */
#include "cc1.h"

enum { FP = 29, LR = 30, SP = 31, ZR = 31, IP0 = 16, IP1 = 17 };

/* the predefined macros of the machine, as gcc has them */
char *arch_defs =
	"#define __aarch64__ 1\n#define __LP64__ 1\n#define __CHAR_UNSIGNED__ 1\n"
	"#define __SIZEOF_INT__ 4\n#define __SIZEOF_LONG__ 8\n#define __SIZEOF_POINTER__ 8\n"
	"#define __SIZEOF_LONG_DOUBLE__ 16\n#define __SIZE_TYPE__ unsigned long\n"
	"#define __PTRDIFF_TYPE__ long\n#define __WCHAR_TYPE__ unsigned int\n"
	"#define __BYTE_ORDER__ __ORDER_LITTLE_ENDIAN__\n";
enum { L_NONE, L_GR, L_FR, L_STACK, L_GR_REF, L_STACK_REF };
enum { C_EQ = 0, C_NE = 1, C_HS = 2, C_LO = 3, C_MI = 4, C_HI = 8, C_LS = 9, C_GE = 10,
	C_LT = 11, C_GT = 12, C_LE = 13 };

typedef struct Loc Loc;
struct Loc {
	int cls;
	int reg;
	int n;
	long off;
	Type *mt;
};

typedef struct Fix Fix;
struct Fix {
	long at;
	int label;
};

static Buf code;
static long *labels;
static long nlabels;
static Fix *fixes;
static long nfixes;
/* the function's relocations, at offsets in its code */
static Reloc *crels;
static long ncrels;
static long *slots;
static int nslots, depth;
static long frame_at, retbuf, gr_area, vr_area, named_stack;
static int ret_label, named_gr, named_vr;

static void emit(long w)
{
	char b[4];

	put_le(b, w, 4);
	buf_add(&code, b, 4);
}

static long get32(char *p)
{
	return (p[0] & 255) | (p[1] & 255) << 8 | (p[2] & 255) << 16 | (long)(p[3] & 255) << 24;
}

static void code_reloc(int kind, GSym *g, long addend)
{
	Reloc *r;

	if ((ncrels & (ncrels - 1)) == 0)
		crels = grow(crels, ncrels, ncrels + 1, sizeof(Reloc));
	r = &crels[ncrels++];
	r->off = code.len;
	r->kind = kind;
	r->g = g;
	r->addend = addend;
}

static void need_label(int l)
{
	long i;

	if (l < nlabels)
		return;
	labels = grow(labels, nlabels, l + 1, sizeof(long));
	for (i = nlabels; i < l + 1; i++)
		labels[i] = -1;
	nlabels = l + 1;
	while (nlabels & (nlabels - 1) || nlabels < 16) {
		labels[nlabels] = -1;
		nlabels++;
	}
}

/* a branch to label l, whose offset is filled in at the function's end */
static void branch_to(int l, long w)
{
	Fix *f;

	if ((nfixes & (nfixes - 1)) == 0)
		fixes = grow(fixes, nfixes, nfixes + 1, sizeof(Fix));
	f = &fixes[nfixes++];
	f->at = code.len;
	f->label = l;
	emit(w);
}

/* rd = v */
static void mov_imm(int rd, long v)
{
	int i, ones = 0, zeros = 0, inv, first = 1;
	long h;

	for (i = 0; i < 4; i++) {
		h = v >> (16 * i) & 0xffff;
		ones += h == 0xffff;
		zeros += h == 0;
	}
	inv = ones > zeros;
	for (i = 0; i < 4; i++) {
		h = v >> (16 * i) & 0xffff;
		if (h == (inv ? 0xffff : 0))
			continue;
		if (first)
			emit((inv ? 0x92800000 : 0xd2800000) | (long)i << 21 | (inv ? ~h & 0xffff : h) << 5 | rd);
		else
			emit(0xf2800000 | (long)i << 21 | h << 5 | rd);
		first = 0;
	}
	if (first)
		emit((inv ? 0x92800000 : 0xd2800000) | rd);
}

/* rd = rn + v (rn and rd may be sp) */
static void add_imm(int rd, int rn, long v)
{
	long sub = v < 0 ? 0x40000000 : 0, u = v < 0 ? -v : v;

	if (u < 4096) {
		emit(0x91000000 | sub | u << 10 | rn << 5 | rd);
	} else if (u < 1 << 24) {
		emit(0x91400000 | sub | (u >> 12) << 10 | rn << 5 | rd);
		if (u & 4095)
			emit(0x91000000 | sub | (u & 4095) << 10 | rd << 5 | rd);
	} else {
		mov_imm(IP1, u);
		emit(0x8b206000 | sub | IP1 << 16 | rn << 5 | rd);
	}
}

/* the load (or store) opcode of a scalar of type t, scaled offset form */
static long mem_op(Type *t, int store)
{
	if (t->kind == TY_FLOAT)
		return store ? 0xbd000000 : 0xbd400000;
	if (t->kind == TY_DOUBLE)
		return store ? 0xfd000000 : 0xfd400000;
	if (t->kind == TY_LDOUBLE)
		return store ? 0x3d800000 : 0x3dc00000;
	if (t->size == 1)
		return store ? 0x39000000 : t->uns ? 0x39400000 : 0x39c00000;
	if (t->size == 2)
		return store ? 0x79000000 : t->uns ? 0x79400000 : 0x79c00000;
	if (t->size == 4)
		return store ? 0xb9000000 : 0xb9400000;
	return store ? 0xf9000000 : 0xf9400000;
}

/* rt to or from [rn + off] for an access of size bytes */
static void mem(long op, long size, int rt, int rn, long off)
{
	if (off >= 0 && off % size == 0 && off / size < 4096) {
		emit(op | (off / size) << 10 | rn << 5 | rt);
	} else if (off >= -256 && off < 256) {
		emit((op & ~0x01000000L) | (off & 0x1ff) << 12 | rn << 5 | rt);
	} else {
		add_imm(IP1, rn, off);
		emit(op | IP1 << 5 | rt);
	}
}

static void load(Type *t, int rt, int rn, long off)
{
	mem(mem_op(t, 0), t->size, rt, rn, off);
}

static void store(Type *t, int rt, int rn, long off)
{
	mem(mem_op(t, 1), t->size, rt, rn, off);
}

/* the type a value of type t is moved in: structs by their address */
static Type *reg_type(Type *t)
{
	if (is_flt(t))
		return t;
	return ty_ulong;
}

/* copies size bytes from [src] to [dst]; uses x9-x12 */
static void copy_mem(int dst, int src, long size)
{
	long off = 0, loop, lg;

	if (size > 128) {
		emit(0xaa0003ea | (long)src << 16);
		emit(0xaa0003eb | (long)dst << 16);
		mov_imm(12, size / 8);
		loop = code.len;
		emit(0xf8408549);
		emit(0xf8008569);
		emit(0xf100058c);
		emit(0x54000001 | ((loop - code.len) / 4 & 0x7ffff) << 5);
		src = 10;
		dst = 11;
		size %= 8;
	}
	/* words, then a word, a half word and a byte: ldr and str of 1 << lg bytes */
	for (lg = 3; lg >= 0; lg--)
		for (; size - off >= 1 << lg; off += 1 << lg) {
			mem(0x39400000 | lg << 30, 1 << lg, 9, src, off);
			mem(0x39000000 | lg << 30, 1 << lg, 9, dst, off);
		}
}

static void call_helper(char *name)
{
	code_reloc(R_CALL26, gsym_extern(intern(name, strlen(name))), 0);
	emit(0x94000000);
}

static void cset(int cond)
{
	emit(0x1a9f07e0 | (long)(cond ^ 1) << 12);
}

static long slot(int d)
{
	if (d >= nslots) {
		slots = grow(slots, nslots, d + 1, sizeof(long));
		while (nslots <= d)
			slots[nslots++] = frame_local(16, 16);
	}
	return slots[d];
}

void cg_push(Type *t)
{
	store(reg_type(t), 0, FP, -slot(depth));
	depth++;
}

void cg_pop(Type *t)
{
	depth--;
	load(reg_type(t), 1, FP, -slots[depth]);
}

/* register 1 = register 0: a push and a pop when nothing comes between */
void cg_keep(Type *t)
{
	emit(is_flt(t) ? 0x4ea01c01 : 0xaa0003e1);
}

void cg_load_local(long off, Type *t)
{
	load(t, 0, FP, -off);
}

void cg_label(int l)
{
	need_label(l);
	labels[l] = code.len;
}

void cg_jump(int l)
{
	branch_to(l, 0x14000000);
}

/* whether v0 is zero, for a long double: w0 = __netf2(v0, 0) */
static void ld_test(void)
{
	emit(0x6f00e401);
	call_helper("__netf2");
}

/* the flags of register 0, of type t, compared with zero */
static void cmp_zero(Type *t)
{
	if (t->kind == TY_LDOUBLE) {
		ld_test();
		emit(0x7100001f);
	} else if (is_flt(t)) {
		emit(t->kind == TY_DOUBLE ? 0x1e602008 : 0x1e202008);
	} else {
		emit(0x7100001f | (t->size == 8 ? 0x80000000 : 0));
	}
}

void cg_branch(int l, int nonzero, Type *t)
{
	if (t->kind == TY_FLOAT || t->kind == TY_DOUBLE) {
		cmp_zero(t);
		branch_to(l, 0x54000000 | (nonzero ? C_NE : C_EQ));
		return;
	}
	if (t->kind == TY_LDOUBLE) {
		ld_test();
		t = ty_int;
	}
	branch_to(l, (t->size == 8 ? 0xb4000000 : 0x34000000) | (nonzero ? 0x01000000 : 0));
}

void cg_cmp_branch(Type *t, long v, int cond, int l)
{
	long sf = t->size == 8 ? 0x80000000 : 0;
	int c = cond == CMP_EQ ? C_EQ : cond == CMP_LT ? (t->uns ? C_LO : C_LT) : (t->uns ? C_HI : C_GT);

	if (v >= 0 && v < 4096) {
		emit(0x7100001f | sf | v << 10);
	} else if (v < 0 && v > -4096) {
		emit(0x3100001f | sf | (-v) << 10);
	} else {
		mov_imm(IP0, v);
		emit(0x6b10001f | sf);
	}
	branch_to(l, 0x54000000 | c);
}

void cg_jump_reg(void)
{
	emit(0xd61f0000);
}

void cg_label_addr(int l)
{
	branch_to(l, 0x10000000);
}

void cg_imm(long v, Type *t)
{
	(void)t;
	mov_imm(0, v);
}

void cg_fimm(Fval *f, Type *t)
{
	if (t->kind == TY_FLOAT) {
		mov_imm(IP0, f->lo & 0xffffffffL);
		emit(0x1e270200);
	} else {
		mov_imm(IP0, f->lo);
		emit(0x9e670200);
		if (t->kind == TY_LDOUBLE) {
			mov_imm(IP1, f->hi);
			emit(0x4e181e20);
		}
	}
}

void cg_local_addr(long off, int r)
{
	add_imm(r, FP, -off);
}

void cg_global_addr(GSym *g, long addend, int r)
{
	code_reloc(R_MOVW, g, addend);
	emit(0xd2800000 | r);
	emit(0xf2a00000 | r);
}

/* register r = the address it holds */
void cg_load_reg(int r)
{
	mem(0xf9400000, 8, r, r, 0);
}

void cg_add_imm(long v)
{
	if (v)
		add_imm(0, 0, v);
}

void cg_load(Type *t)
{
	load(t, 0, 0, 0);
}

void cg_store(Type *t)
{
	if (is_aggr(t)) {
		copy_mem(1, 0, t->size);
		emit(0xaa0103e0);
		return;
	}
	store(t, 0, 1, 0);
}

/* ubfx or sbfx rd, rn, #lsb, #width, 64-bit or 32-bit */
static void extract(int rd, int rn, int lsb, int width, int sign, int wide)
{
	long op = sign ? (wide ? 0x93400000 : 0x13000000) : (wide ? 0xd3400000 : 0x53000000);

	emit(op | (long)lsb << 16 | (long)(lsb + width - 1) << 10 | rn << 5 | rd);
}

static Type *unit_type(Member *m)
{
	return m->unit == 8 ? ty_ulong : m->unit == 4 ? ty_uint : m->unit == 2 ? ty_ushort : ty_uchar;
}

void cg_load_bf(Member *m)
{
	long sh = m->bitoff;

	if (m->unit == 16) {
		/* a packed field over 9 bytes: 8, and the ninth above them */
		mem(0x39400000, 1, 9, 0, 8);
		load(ty_ulong, 0, 0, 0);
		emit(0xd340fc00 | sh << 16);
		emit(0xaa090000 | (64 - sh) << 10);
		extract(0, 0, 0, m->bits, !m->ty->uns, 1);
		return;
	}
	load(unit_type(m), 0, 0, 0);
	extract(0, 0, sh, m->bits, !m->ty->uns, m->unit == 8);
}

void cg_store_bf(Member *m)
{
	int wide = m->unit >= 8;
	long w = wide ? 64 : 32, lo = 64 - m->bitoff;

	if (m->unit == 16) {
		load(ty_ulong, 2, 1, 0);
		emit(0xb3400002 | ((64 - m->bitoff) % 64) << 16 | (lo - 1) << 10);
		store(ty_ulong, 2, 1, 0);
		mem(0x39400000, 1, 2, 1, 8);
		emit(0xd340fc09 | lo << 16);
		emit(0x33000122 | (long)(m->bits - lo - 1) << 10);
		mem(0x39000000, 1, 2, 1, 8);
		extract(0, 0, 0, m->bits, !m->ty->uns, 1);
		return;
	}
	load(unit_type(m), 2, 1, 0);
	emit((wide ? 0xb3400000 : 0x33000000) | ((w - m->bitoff) % w) << 16 |
	     (long)(m->bits - 1) << 10 | 0 << 5 | 2);
	store(unit_type(m), 2, 1, 0);
	extract(0, 0, 0, m->bits, !m->ty->uns, wide);
}

/* v0 and v1 exchanged, for a long double helper's (left, right) */
static void ld_args(void)
{
	emit(0x4ea01c02);
	emit(0x4ea11c20);
	emit(0x4ea21c41);
}

/* for N_ADD to N_SHR: x0 = x1 OP x0, signed (N_MOD: the quotient, into
 * x2); for N_EQ to N_LE: the condition after a signed, an unsigned and a
 * floating compare; the long double helpers */
static long int_ops[] = {
	0x0b000020, 0x4b000020, 0x1b007c20, 0x1ac00c20, 0x1ac00c22, 0x0a000020, 0x2a000020,
	0x4a000020, 0x1ac02020, 0x1ac02820
};
static long flt_ops[] = { 0x1e202820, 0x1e203820, 0x1e200820, 0x1e201820 };
static int conds[3][4] = {
	{ C_EQ, C_NE, C_LT, C_LE }, { C_EQ, C_NE, C_LO, C_LS }, { C_EQ, C_NE, C_MI, C_LS }
};
static char *ld_ops[] = { "__addtf3", "__subtf3", "__multf3", "__divtf3" };
static char *ld_cmps[] = { "__eqtf2", "__netf2", "__lttf2", "__letf2" };

void cg_binop(int op, Type *t)
{
	long sf = t->size == 8 ? 0x80000000 : 0, w;
	int u = t->uns, cmp = op >= N_EQ;

	if (t->kind == TY_LDOUBLE) {
		ld_args();
		call_helper(cmp ? ld_cmps[op - N_EQ] : ld_ops[op - N_ADD]);
		if (cmp) {
			emit(0x7100001f);
			cset(conds[0][op - N_EQ]);
		}
	} else if (is_flt(t)) {
		emit((cmp ? 0x1e202020 : flt_ops[op - N_ADD]) | (t->kind == TY_DOUBLE ? 0x00400000 : 0));
		if (cmp)
			cset(conds[2][op - N_EQ]);
	} else if (cmp) {
		emit(0x6b00003f | sf);
		cset(conds[u][op - N_EQ]);
	} else {
		w = int_ops[op - N_ADD];
		if (u && (op == N_DIV || op == N_MOD))
			w ^= 0x400;
		if (u && op == N_SHR)
			w ^= 0xc00;
		emit(w | sf);
		if (op == N_MOD)
			emit(0x1b008440 | sf);
	}
}

void cg_unop(int op, Type *t)
{
	if (op == N_LNOT) {
		cmp_zero(t);
		cset(C_EQ);
	} else if (t->kind == TY_LDOUBLE) {
		/* the sign bit flipped in x16 */
		emit(0x4e183c10);
		emit(0xd2410210);
		emit(0x4e181e00);
	} else if (is_flt(t)) {
		emit(0x1e214000 | (t->kind == TY_DOUBLE ? 0x00400000 : 0));
	} else {
		emit((op == N_NEG ? 0x4b0003e0 : 0x2a2003e0) | (t->size == 8 ? 0x80000000 : 0));
	}
}

/* an integer in x0 made exactly its type's value */
static void extend(Type *t)
{
	if (t->kind == TY_BOOL || (t->size == 1 && t->uns))
		emit(0x53001c00);
	else if (t->size == 1)
		emit(0x13001c00);
	else if (t->size == 2)
		emit(t->uns ? 0x53003c00 : 0x13003c00);
}

void cg_cast(Type *from, Type *to)
{
	long wide = from->size == 8 ? 0x80000000 : 0;
	long twide = to->size == 8 ? 0x80000000 : 0;
	int fl = is_flt(from), tf = is_flt(to);

	if (is_void(to) || from == to || (!fl && !tf && is_aggr(from)))
		return;
	if (to->kind == TY_BOOL) {
		cmp_zero(from);
		cset(C_NE);
		return;
	}
	if (from->kind == TY_LDOUBLE || to->kind == TY_LDOUBLE) {
		if (from->kind == to->kind)
			return;
		if (from->kind == TY_FLOAT) {
			call_helper("__extendsftf2");
		} else if (from->kind == TY_DOUBLE) {
			call_helper("__extenddftf2");
		} else if (to->kind == TY_FLOAT) {
			call_helper("__trunctfsf2");
		} else if (to->kind == TY_DOUBLE) {
			call_helper("__trunctfdf2");
		} else if (tf) {
			if (from->size == 8)
				call_helper(from->uns ? "__floatunditf" : "__floatditf");
			else
				call_helper(from->uns ? "__floatunsitf" : "__floatsitf");
		} else {
			if (to->size == 8)
				call_helper(to->uns ? "__fixunstfdi" : "__fixtfdi");
			else
				call_helper(to->uns ? "__fixunstfsi" : "__fixtfsi");
			extend(to);
		}
		return;
	}
	if (fl && tf) {
		if (from->kind != to->kind)
			emit(to->kind == TY_DOUBLE ? 0x1e22c000 : 0x1e624000);
		return;
	}
	if (fl) {
		emit((to->uns && to->size >= 4 ? 0x1e390000 : 0x1e380000) | twide |
		     (from->kind == TY_DOUBLE ? 0x00400000 : 0));
		extend(to);
		return;
	}
	if (tf) {
		/* scvtf or ucvtf from w0 or x0 */
		emit((from->uns ? 0x1e230000 : 0x1e220000) | wide | (to->kind == TY_DOUBLE ? 0x00400000 : 0));
		return;
	}
	if (to->size == 8 && from->size < 8)
		emit(from->uns ? 0x2a0003e0 : 0x93407c00);
	else if (to->size < from->size || (to->size < 4 && to->uns != from->uns))
		extend(to);
}

/* AAPCS64's place for an argument (or a parameter) of type t, given the
 * registers and stack bytes taken before it */
static void classify(Type *t, int *ngr, int *nfr, long *nsaa, Loc *l)
{
	Type *base = 0;
	int k, words;
	long size = t->size;

	memset(l, 0, sizeof(Loc));
	k = is_flt(t) ? 1 : (t->kind == TY_STRUCT || t->kind == TY_UNION) ? hfa_count(t, &base) : 0;
	if (is_flt(t))
		base = t;
	if (k) {
		l->mt = base;
		l->n = k;
		if (*nfr + k <= 8) {
			l->cls = L_FR;
			l->reg = *nfr;
			*nfr += k;
			return;
		}
		*nfr = 8;
		size = round_up(size, 8);
	} else if (is_aggr(t) && size > 16) {
		if (*ngr < 8) {
			l->cls = L_GR_REF;
			l->reg = (*ngr)++;
			return;
		}
		l->cls = L_STACK_REF;
		l->off = *nsaa;
		*nsaa += 8;
		return;
	} else {
		words = (size + 7) / 8;
		if (words == 0)
			return;
		if (t->align == 16 && is_aggr(t))
			*ngr = (*ngr + 1) & ~1;
		if (*ngr + words <= 8) {
			l->cls = L_GR;
			l->reg = *ngr;
			l->n = words;
			*ngr += words;
			return;
		}
		*ngr = 8;
		size = words * 8;
	}
	l->cls = L_STACK;
	*nsaa = round_up(*nsaa, t->align >= 16 ? 16 : 8);
	l->off = *nsaa;
	*nsaa += size < 8 ? 8 : size;
}

/* where a value of type t is returned: where it would be passed first;
 * a large struct by reference, its address in x8 */
static void ret_loc(Type *t, Loc *l)
{
	int ngr = 0, nfr = 0;
	long nsaa = 0;

	classify(t, &ngr, &nfr, &nsaa, l);
}

static long temp(long size)
{
	return frame_local(round_up(size, 16), 16);
}

/* the struct at [x16] into registers: v registers for a homogeneous
 * floating aggregate, else x registers, through a 16-byte copy when its
 * size is not a multiple of 8, so that nothing after it is read */
static void struct_to_regs(Loc *l, long size)
{
	long t;
	int i;

	if (l->cls == L_FR) {
		for (i = 0; i < l->n; i++)
			load(l->mt, l->reg + i, IP0, i * l->mt->size);
		return;
	}
	if (size % 8) {
		t = temp(16);
		add_imm(12, FP, -t);
		copy_mem(12, IP0, size);
		add_imm(IP0, FP, -t);
	}
	for (i = 0; i < l->n; i++)
		mem(0xf9400000, 8, l->reg + i, IP0, i * 8);
}

void cg_call(Node *n, GSym *direct)
{
	Node *a;
	Loc *locs = alloc(sizeof(Loc) * (n->val + 1));
	long *copies = alloc(sizeof(long) * (n->val + 1));
	int ngr = 0, nfr = 0, i, first, nargs = n->val;
	long nsaa = 0, ret = 0;
	Type *rt = n->ty;
	Loc rl;

	first = depth - nargs;
	for (a = n->b, i = 0; a; a = a->next, i++)
		classify(a->ty, &ngr, &nfr, &nsaa, &locs[i]);
	nsaa = round_up(nsaa, 16);
	for (a = n->b, i = 0; a; a = a->next, i++) {
		if (locs[i].cls != L_GR_REF && locs[i].cls != L_STACK_REF)
			continue;
		copies[i] = temp(a->ty->size);
		mem(0xf9400000, 8, 10, FP, -slots[first + i]);
		add_imm(11, FP, -copies[i]);
		copy_mem(11, 10, a->ty->size);
	}
	if (nsaa)
		add_imm(SP, SP, -nsaa);
	for (a = n->b, i = 0; a; a = a->next, i++) {
		Loc *l = &locs[i];
		if (l->cls == L_STACK && !is_aggr(a->ty)) {
			load(reg_type(a->ty), 16, FP, -slots[first + i]);
			if (is_flt(a->ty))
				store(a->ty, 16, SP, l->off);
			else
				mem(0xf9000000, 8, 16, SP, l->off);
		} else if (l->cls == L_STACK) {
			mem(0xf9400000, 8, 10, FP, -slots[first + i]);
			add_imm(11, SP, l->off);
			copy_mem(11, 10, a->ty->size);
		} else if (l->cls == L_STACK_REF) {
			add_imm(IP0, FP, -copies[i]);
			mem(0xf9000000, 8, IP0, SP, l->off);
		}
	}
	for (a = n->b, i = 0; a; a = a->next, i++) {
		Loc *l = &locs[i];
		if (l->cls == L_GR_REF)
			add_imm(l->reg, FP, -copies[i]);
		else if ((l->cls == L_GR || l->cls == L_FR) && is_aggr(a->ty)) {
			mem(0xf9400000, 8, IP0, FP, -slots[first + i]);
			struct_to_regs(l, a->ty->size);
		} else if (l->cls == L_GR || l->cls == L_FR)
			load(reg_type(a->ty), l->reg, FP, -slots[first + i]);
	}
	depth = first;
	if (is_aggr(rt)) {
		ret = temp(rt->size);
		ret_loc(rt, &rl);
		if (rl.cls == L_GR_REF)
			add_imm(8, FP, -ret);
	}
	if (direct) {
		code_reloc(R_CALL26, direct, 0);
		emit(0x94000000);
	} else {
		depth--;
		mem(0xf9400000, 8, IP0, FP, -slots[depth]);
		emit(0xd63f0200);
	}
	if (nsaa)
		add_imm(SP, SP, nsaa);
	if (is_aggr(rt)) {
		if (rl.cls == L_FR) {
			for (i = 0; i < rl.n; i++)
				store(rl.mt, i, FP, -ret + i * rl.mt->size);
		} else if (rt->size && rt->size <= 16) {
			mem(0xf9000000, 8, 0, FP, -ret);
			mem(0xf9000000, 8, 1, FP, -ret + 8);
		}
		add_imm(0, FP, -ret);
	} else if (is_int(rt)) {
		extend(rt);
	}
}

void cg_func_begin(Func *f)
{
	Sym *p;
	Loc l;
	int ngr = 0, nfr = 0, i;
	long nsaa = 0;
	Type *mt;

	code.len = 0;
	nfixes = 0;
	ncrels = 0;
	nslots = 0;
	depth = 0;
	for (i = 0; i < nlabels; i++)
		labels[i] = -1;
	ret_label = new_label();
	emit(0xa9bf7bfd);
	emit(0x910003fd);
	frame_at = code.len;
	emit(0xd503201f);
	emit(0xd503201f);
	emit(0xd503201f);
	ret_loc(f->sym->ty->base, &l);
	if (l.cls == L_GR_REF) {
		retbuf = frame_local(8, 8);
		mem(0xf9000000, 8, 8, FP, -retbuf);
	}
	for (p = f->params; p; p = p->link) {
		classify(p->ty, &ngr, &nfr, &nsaa, &l);
		if (l.cls == L_GR || l.cls == L_FR) {
			/* a struct in x registers is stored in words */
			mt = l.cls == L_FR ? l.mt : is_aggr(p->ty) ? ty_ulong : p->ty;
			for (i = 0; i < l.n; i++)
				store(mt, l.reg + i, FP, -p->off + i * mt->size);
		} else if (l.cls == L_STACK) {
			add_imm(10, FP, 16 + l.off);
			add_imm(11, FP, -p->off);
			copy_mem(11, 10, p->ty->size);
		} else if (l.cls == L_GR_REF || l.cls == L_STACK_REF) {
			if (l.cls == L_GR_REF)
				emit(0xaa0003ea | (long)l.reg << 16);
			else
				mem(0xf9400000, 8, 10, FP, 16 + l.off);
			add_imm(11, FP, -p->off);
			copy_mem(11, 10, p->ty->size);
		}
	}
	if (f->sym->ty->variadic) {
		/* the registers va_arg may read, saved in a row */
		gr_area = frame_local(64, 16);
		vr_area = frame_local(128, 16);
		add_imm(IP0, FP, -gr_area);
		for (i = 0; i < 8; i += 2)
			emit(0xa9000000 | (long)(i / 2 * 2) << 15 | (long)(i + 1) << 10 | IP0 << 5 | i);
		add_imm(IP0, FP, -vr_area);
		for (i = 0; i < 8; i += 2)
			emit(0xad000000 | (long)(i / 2 * 2) << 15 | (long)(i + 1) << 10 | IP0 << 5 | i);
		named_gr = ngr;
		named_vr = nfr;
		named_stack = nsaa;
	}
}

void cg_func_end(Func *f)
{
	long size = round_up(frame_size(), 16), w, d, base;
	GSym *g = f->sym->g;
	long i;
	Fix *x;

	emit(0x52800000);
	cg_label(ret_label);
	emit(0x910003bf);
	emit(0xa8c17bfd);
	emit(0xd65f03c0);
	put_le(code.p + frame_at, 0xd2800010 | (size & 0xffff) << 5, 4);
	put_le(code.p + frame_at + 4, 0xf2a00010 | (size >> 16 & 0xffff) << 5, 4);
	put_le(code.p + frame_at + 8, 0xcb3063ff, 4);
	for (i = 0; i < nfixes; i++) {
		x = &fixes[i];
		if (labels[x->label] < 0)
			error_tok(f->tok, "internal error: a label was never placed");
		d = (labels[x->label] - x->at) / 4;
		w = get32(code.p + x->at);
		if ((w & 0xfc000000) == 0x14000000)
			w |= d & 0x3ffffff;
		else if ((w & 0x9f000000) == 0x10000000)
			w |= (d & 0x7ffff) << 5;
		else if (d >= -(1 << 18) && d < 1 << 18)
			w |= (d & 0x7ffff) << 5;
		else
			error_tok(f->tok, "the function is too large for a conditional branch");
		put_le(code.p + x->at, w, 4);
	}
	base = sect_put(S_TEXT, code.p, code.len, 4);
	g->sect = S_TEXT;
	g->off = base;
	g->size = code.len;
	g->state = G_DEFINED;
	for (i = 0; i < ncrels; i++)
		sect_reloc(S_TEXT, base + crels[i].off, crels[i].kind, crels[i].g, crels[i].addend);
}

void cg_return(Type *t)
{
	Loc l;

	if (is_aggr(t)) {
		ret_loc(t, &l);
		emit(0xaa0003f0);
		if (l.cls == L_GR || l.cls == L_FR) {
			struct_to_regs(&l, t->size);
		} else if (l.cls != L_NONE) {
			mem(0xf9400000, 8, 11, FP, -retbuf);
			copy_mem(11, IP0, t->size);
			mem(0xf9400000, 8, 0, FP, -retbuf);
		}
	}
	cg_jump(ret_label);
}

void cg_zero(long size)
{
	long off = 0, loop;

	emit(0xaa0003ea);
	if (size > 128) {
		mov_imm(12, size / 8);
		loop = code.len;
		emit(0xf800855f);
		emit(0xf100058c);
		emit(0x54000001 | ((loop - code.len) / 4 & 0x7ffff) << 5);
		size %= 8;
	}
	for (; size - off >= 8; off += 8)
		mem(0xf9000000, 8, ZR, 10, off);
	for (; size - off >= 1; off++)
		mem(0x39000000, 1, ZR, 10, off);
}

void cg_save(long off, Type *t)
{
	store(reg_type(t), 0, FP, -off);
}

void cg_restore(long off, Type *t)
{
	load(reg_type(t), 0, FP, -off);
}

void cg_va_start(void)
{
	add_imm(9, FP, 16 + named_stack);
	mem(0xf9000000, 8, 9, 0, 0);
	add_imm(9, FP, -gr_area + 64);
	mem(0xf9000000, 8, 9, 0, 8);
	add_imm(9, FP, -vr_area + 128);
	mem(0xf9000000, 8, 9, 0, 16);
	mov_imm(9, -(8 - named_gr) * 8);
	mem(0xb9000000, 4, 9, 0, 24);
	mov_imm(9, -(8 - named_vr) * 16);
	mem(0xb9000000, 4, 9, 0, 28);
}

/* AAPCS64's va_arg: x0, the address of the va_list, becomes the address
 * of the next argument of type t */
void cg_va_arg(Type *t)
{
	Type *base = 0;
	int k = is_flt(t) ? 1 : (t->kind == TY_STRUCT || t->kind == TY_UNION) ? hfa_count(t, &base) : 0;
	int ref = !k && is_aggr(t) && t->size > 16;
	int n = k ? k : ref ? 1 : (t->size + 7) / 8;
	int on_stack = new_label(), done = new_label(), i;
	long offs = k ? 28 : 24, tmp;

	if (is_flt(t))
		base = t;
	mem(0xb9800000, 4, 9, 0, offs);
	branch_to(on_stack, 0x36f80009 | 0);
	if (!k && t->align == 16) {
		emit(0x11003d29);
		emit(0x121c6d29);
	}
	add_imm(10, 9, n * (k ? 16 : 8));
	mem(0xb9000000, 4, 10, 0, offs);
	emit(0x7100015f);
	branch_to(on_stack, 0x5400000c);
	mem(0xf9400000, 8, 10, 0, k ? 16 : 8);
	emit(0x8b29c14a);
	if (k > 1 || (k == 1 && !is_flt(t))) {
		tmp = temp(t->size);
		for (i = 0; i < k; i++) {
			load(base, 1, 10, 16 * i);
			store(base, 1, FP, -tmp + i * base->size);
		}
		add_imm(10, FP, -tmp);
	}
	cg_jump(done);
	cg_label(on_stack);
	mem(0xf9400000, 8, 10, 0, 0);
	if (t->align >= 16 && !ref) {
		emit(0x91003d4a);
		emit(0x927ced4a);
	}
	add_imm(11, 10, ref ? 8 : round_up(t->size, 8));
	mem(0xf9000000, 8, 11, 0, 0);
	cg_label(done);
	emit(0xaa0a03e0);
	if (ref)
		mem(0xf9400000, 8, 0, 0, 0);
}

void cg_sp_save(long off)
{
	emit(0x910003e9);
	mem(0xf9000000, 8, 9, FP, -off);
}

void cg_sp_restore(long off)
{
	mem(0xf9400000, 8, 9, FP, -off);
	emit(0x9100013f);
}

void cg_alloca(void)
{
	emit(0x91003c00);
	emit(0x927cec00);
	emit(0xcb2063ff);
	emit(0x910003e0);
}

void cg_patch(int kind, char *at, long where, long target)
{
	long d, w;

	if (kind == R_ABS64) {
		put_le(at, target, 8);
	} else if (kind == R_CALL26) {
		d = (target - where) / 4;
		if (d < -(1 << 25) || d >= 1 << 25)
			die("a call is out of range");
		put_le(at, get32(at) | (d & 0x3ffffff), 4);
	} else {
		if (target < 0 || target > 0xffffffffL)
			die("an address does not fit in 32 bits");
		w = get32(at);
		put_le(at, (w & ~0x1fffe0L) | (target & 0xffff) << 5, 4);
		w = get32(at + 4);
		put_le(at + 4, (w & ~0x1fffe0L) | (target >> 16 & 0xffff) << 5, 4);
	}
}

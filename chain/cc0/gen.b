// gen.b: cc0's code for expressions, as P1 text.
//
// gen(n) leaves n's value in a, extended to 64 bits as its type says
// (sign for the signed types, zero for the others); a struct's value is
// its address. gen_addr(n) leaves the address of the object n. A binary
// operator is "left; push_a; right; pop_b; op", or "left; li_b %k; op"
// when its right side is a small number. After an int operation whose
// result may leave 32 bits (add, sub, mul, shl, neg, not, div), sx32 or
// zx32 brings it back. Internal labels are ".N".

long label_n;
long used_copy;
long used_zero;

// new_label(): a fresh internal label
long new_label() { return ++label_n; }

// op(s): the operation s on a line
void op(char *s)
{
	emit(s);
	emit_c('\n');
}

// op_n(s, n): "s %n"
void op_n(char *s, long n)
{
	emit(s);
	emit(" %");
	emit_num(n);
	emit_c('\n');
}

// op_l(s, l): "s &.l", a jump to the internal label l
void op_l(char *s, long l)
{
	emit(s);
	emit(" &.");
	emit_num(l);
	emit_c('\n');
}

// op_name(s, name): "s &name"
void op_name(char *s, char *name)
{
	emit(s);
	emit(" &");
	emit(name);
	emit_c('\n');
}

// def_label(l): ":.l"
void def_label(long l)
{
	emit(":.");
	emit_num(l);
	emit_c('\n');
}

// li(v): a = v, any 64-bit v
void li(long v)
{
	if ((v << 32) >> 32 == v) {
		op_n("li_a", v);
		return;
	}
	op_n("li_a", v >> 32);
	op_n("li_b", 32);
	op("swap");
	op("shl");
	op("push_a");
	op_n("li_a", (v << 32) >> 32);
	op("zx32");
	op("pop_b");
	op("or");
}

// load(t): a = the value of type t at address a (a struct: its address)
void load(long *t)
{
	long size = t[TY_SIZE];
	if (t[TY_KIND] == TK_PTR)
		op("ld64");
	else if (t[TY_KIND] != TK_INT)
		return;
	else if (size == 8)
		op("ld64");
	else if (size == 4)
		op(t[TY_UNS] ? "ld32u" : "ld32s");
	else if (size == 2)
		op(t[TY_UNS] ? "ld16u" : "ld16s");
	else
		op(t[TY_UNS] ? "ld8u" : "ld8s");
}

// store(t): store a, of type t, at address b
void store(long *t)
{
	long size = t[TY_SIZE];
	if (size == 8 || t[TY_KIND] == TK_PTR)
		op("st64");
	else if (size == 4)
		op("st32");
	else if (size == 2)
		op("st16");
	else
		op("st8");
}

// extend(t): a's low bits extended as the integer type t says
void extend(long *t)
{
	long size = t[TY_SIZE];
	if (size == 4)
		op(t[TY_UNS] ? "zx32" : "sx32");
	else if (size == 2)
		op(t[TY_UNS] ? "zx16" : "sx16");
	else if (size == 1)
		op(t[TY_UNS] ? "zx8" : "sx8");
}

// conv(f, t): a, of type f, converted to type t
void conv(long *f, long *t)
{
	if (t[TY_KIND] != TK_INT || t[TY_SIZE] == 8)
		return;
	if (f[TY_KIND] == TK_INT) {
		if (f[TY_SIZE] < t[TY_SIZE] && (f[TY_UNS] || !t[TY_UNS]))
			return;
		if (f[TY_SIZE] == t[TY_SIZE] && f[TY_UNS] == t[TY_UNS])
			return;
	}
	extend(t);
}

// fix(t): after an operation of type t that may overflow its width
void fix(long *t)
{
	if (t[TY_KIND] == TK_INT && t[TY_SIZE] == 4)
		extend(t);
}

// op_name_of(op, uns): the P1 operation of the node operator op
char *op_name_of(long op, long uns)
{
	if (op == O_ADD) return "add";
	if (op == O_SUB) return "sub";
	if (op == O_MUL) return "mul";
	if (op == O_DIV) return uns ? "divu" : "div";
	if (op == O_MOD) return uns ? "remu" : "rem";
	if (op == O_SHL) return "shl";
	if (op == O_SHR) return uns ? "shr" : "sar";
	if (op == O_AND) return "and";
	if (op == O_OR) return "or";
	if (op == O_XOR) return "xor";
	if (op == O_EQ) return "eq";
	if (op == O_NE) return "ne";
	if (op == O_LT) return uns ? "ltu" : "lt";
	if (op == O_LE) return uns ? "leu" : "le";
	if (op == O_GT) return uns ? "gtu" : "gt";
	return uns ? "geu" : "ge";
}

// mirror(op): the comparison with its operands exchanged
long mirror(long op)
{
	if (op == O_LT) return O_GT;
	if (op == O_LE) return O_GE;
	if (op == O_GT) return O_LT;
	if (op == O_GE) return O_LE;
	return op;
}

// may_overflow(op): the operation can leave a 32-bit type's range
long may_overflow(long op)
{
	return op == O_ADD || op == O_SUB || op == O_MUL || op == O_SHL || op == O_DIV;
}

// small_num(n): n is a number that li_b can hold
long small_num(long *n) { return n[N_OP] == O_NUM && (n[N_VAL] << 32) >> 32 == n[N_VAL]; }

// gen_binary(n): the operators O_ADD to O_GE
void gen_binary(long *n)
{
	long o = n[N_OP];
	long *t = n[N_TYPE];
	long *r = n[N_B];
	long *ct = t;
	if (o >= O_EQ)
		ct = n[N_C];
	gen(n[N_A]);
	if (small_num(r)) {
		op_n("li_b", r[N_VAL]);
		if (o >= O_EQ)
			o = mirror(o);
		else if (!(o == O_ADD || o == O_MUL || o == O_AND || o == O_OR || o == O_XOR))
			op("swap");
	} else {
		op("push_a");
		gen(r);
		op("pop_b");
	}
	op(op_name_of(o, ct[TY_UNS] || is_ptr(ct)));
	if (o < O_EQ && may_overflow(o))
		fix(t);
}

// gen_addr(n): a = the address of the object n
void gen_addr(long *n)
{
	long o = n[N_OP];
	if (o == O_VAR) {
		op_n("li_a", n[N_VAL]);
		op("fp_a");
	} else if (o == O_GVAR || o == O_STR || o == O_FUNC)
		op_name("la_a", n[N_VAL]);
	else if (o == O_DEREF)
		gen(n[N_A]);
	else
		gen(n);
}

// call_copy(): call .copy(dst, src, n), its arguments pushed; a = dst
void call_copy()
{
	op_name("call", ".copy");
	op_n("li_b", 48);
	op("drop");
	used_copy = 1;
}

// gen_assign(n): l = r
void gen_assign(long *n)
{
	long *l = n[N_A];
	long *t = n[N_TYPE];
	if (is_struct(t)) {
		li(t[TY_SIZE]);
		op("push_a");
		gen(n[N_B]);
		op("push_a");
		gen_addr(l);
		op("push_a");
		call_copy();
		return;
	}
	if (l[N_OP] == O_GVAR) {
		gen(n[N_B]);
		op_name("la_b", l[N_VAL]);
		store(t);
		return;
	}
	gen_addr(l);
	op("push_a");
	gen(n[N_B]);
	op("pop_b");
	store(t);
}

// gen_opassign(n): l op= r: the left side's address is kept on the
// stack, its value converted to the operation's type
void gen_opassign(long *n)
{
	long *t = n[N_TYPE];
	long *ct = n[N_C];
	long o = n[N_VAL];
	gen_addr(n[N_A]);
	op("push_a");
	load(t);
	conv(t, ct);
	op("push_a");
	gen(n[N_B]);
	op("pop_b");
	op(op_name_of(o, ct[TY_UNS]));
	if (may_overflow(o))
		fix(ct);
	conv(ct, t);
	op("pop_b");
	store(t);
}

// gen_postinc(n): l++ or l--: the new value is stored, the old one is
// the new one less the step
void gen_postinc(long *n)
{
	long *t = n[N_TYPE];
	gen_addr(n[N_A]);
	op("push_a");
	load(t);
	op_n("li_b", n[N_VAL]);
	op("add");
	conv(t_long, t);
	op("pop_b");
	store(t);
	op_n("li_b", n[N_VAL]);
	op("swap");
	op("sub");
	conv(t_long, t);
}

// gen_call(n): the arguments pushed last first, the call, the slots
// dropped
void gen_call(long *n)
{
	long **args = n[N_B];
	long count = n[N_VAL];
	long i = count;
	long *f = n[N_A];
	long *g;
	while (i > 0) {
		i--;
		gen(args[i]);
		op("push_a");
	}
	g = f[N_A];
	if (f[N_OP] == O_ADDR && g[N_OP] == O_FUNC)
		op_name("call", g[N_VAL]);
	else {
		gen(f);
		op("call_a");
	}
	if (count) {
		op_n("li_b", 16 * count);
		op("drop");
	}
}

// gen_syscall(n): __syscall(number, up to six arguments)
void gen_syscall(long *n)
{
	long **args = n[N_A];
	long i = 7;
	while (i > 1) {
		i--;
		gen(args[i]);
		op("push_a");
	}
	gen(args[0]);
	op("syscall");
	op_n("li_b", 96);
	op("drop");
}

// gen(n): a = the value of n
void gen(long *n)
{
	long o = n[N_OP];
	long *t = n[N_TYPE];
	long l;
	long m;
	if (o == O_NUM)
		li(n[N_VAL]);
	else if (o == O_VAR || o == O_DEREF || o == O_GVAR) {
		gen_addr(n);
		load(t);
	} else if (o >= O_ADD && o <= O_GE)
		gen_binary(n);
	else if (o == O_CAST) {
		gen(n[N_A]);
		conv(n[N_A][N_TYPE], t);
	} else if (o == O_ADDR)
		gen_addr(n[N_A]);
	else if (o == O_ASSIGN)
		gen_assign(n);
	else if (o == O_CALL)
		gen_call(n);
	else if (o == O_OPASSIGN)
		gen_opassign(n);
	else if (o == O_POSTINC)
		gen_postinc(n);
	else if (o == O_LOGAND) {
		l = new_label();
		gen(n[N_A]);
		op_l("jz", l);
		gen(n[N_B]);
		op("lnot");
		op("lnot");
		def_label(l);
	} else if (o == O_LOGOR) {
		l = new_label();
		gen(n[N_A]);
		op("lnot");
		op("lnot");
		op_l("jnz", l);
		gen(n[N_B]);
		op("lnot");
		op("lnot");
		def_label(l);
	} else if (o == O_NOT) {
		gen(n[N_A]);
		op("lnot");
	} else if (o == O_NEG) {
		gen(n[N_A]);
		op("neg");
		fix(t);
	} else if (o == O_BITNOT) {
		gen(n[N_A]);
		op("not");
		fix(t);
	} else if (o == O_COND) {
		l = new_label();
		m = new_label();
		gen(n[N_A]);
		op_l("jz", l);
		gen(n[N_B]);
		op_l("jmp", m);
		def_label(l);
		gen(n[N_C]);
		def_label(m);
	} else if (o == O_COMMA) {
		gen(n[N_A]);
		gen(n[N_B]);
	} else if (o == O_SYSCALL)
		gen_syscall(n);
	else if (o == O_STR || o == O_FUNC)
		gen_addr(n);
	else
		error("cannot generate this expression");
}

// gen_cond(n, l): jump to l if the test n is false
void gen_cond(long *n, long l)
{
	gen(n);
	op_l("jz", l);
}

// emit_helpers(): the P1 functions the code calls: .copy(dst, src, n)
// copies n bytes and returns dst, .zero(dst, n) clears n bytes; each
// goes from the end, 8 bytes at a time while it can, then byte by byte
void emit_helpers()
{
	if (used_copy) {
		op(":.copy");
		op("enter");
		op(":.copy_words");
		op("li_a %48 fp_a ld64 li_b %8 swap lt jnz &.copy_bytes");
		op("li_a %48 fp_a push_a ld64 li_b %-8 add pop_b st64");
		op("li_a %16 fp_a ld64 push_a li_a %48 fp_a ld64 pop_b add push_a");
		op("li_a %32 fp_a ld64 push_a li_a %48 fp_a ld64 pop_b add ld64 pop_b st64");
		op("jmp &.copy_words");
		op(":.copy_bytes");
		op("li_a %48 fp_a ld64 jz &.copy_done");
		op("li_a %48 fp_a push_a ld64 li_b %-1 add pop_b st64");
		op("li_a %16 fp_a ld64 push_a li_a %48 fp_a ld64 pop_b add push_a");
		op("li_a %32 fp_a ld64 push_a li_a %48 fp_a ld64 pop_b add ld8u pop_b st8");
		op("jmp &.copy_bytes");
		op(":.copy_done");
		op("li_a %16 fp_a ld64 leave");
	}
	if (used_zero) {
		op(":.zero");
		op("enter");
		op(":.zero_words");
		op("li_a %32 fp_a ld64 li_b %8 swap lt jnz &.zero_bytes");
		op("li_a %32 fp_a push_a ld64 li_b %-8 add pop_b st64");
		op("li_a %16 fp_a ld64 push_a li_a %32 fp_a ld64 pop_b add mov_b_a li_a %0 st64");
		op("jmp &.zero_words");
		op(":.zero_bytes");
		op("li_a %32 fp_a ld64 jz &.zero_done");
		op("li_a %32 fp_a push_a ld64 li_b %-1 add pop_b st64");
		op("li_a %16 fp_a ld64 push_a li_a %32 fp_a ld64 pop_b add mov_b_a li_a %0 st8");
		op("jmp &.zero_bytes");
		op(":.zero_done");
		op("leave");
	}
}

// expr.b: cc0's expressions: parsed into trees of typed nodes (N_*).
//
// Every C conversion is made explicit while the tree is built, so that
// gen.b only follows the nodes: an array or function used as a value
// becomes its address (O_ADDR), the operands of an arithmetic operator
// are cast to their common type, an integer added to a pointer is
// multiplied by the element's size, a member is a load at an address
// plus an offset. Operators whose operands are numbers are folded.
// eval() computes constant expressions: numbers, or an address (a label
// in ev_label) plus a number.

// an address constant's label and object (eval)
char *ev_label;
long *ev_obj;

// mk(op, type, a, b): a node
long *mk(long op, long *type, long *a, long *b)
{
	long *n = alloc(N_SIZE * 8);
	n[N_OP] = op;
	n[N_TYPE] = type;
	n[N_A] = a;
	n[N_B] = b;
	return n;
}

// mk_num(v, type): a number node
long *mk_num(long v, long *type)
{
	long *n = mk(O_NUM, type, 0, 0);
	n[N_VAL] = v;
	return n;
}

// trunc(v, t): v converted to the integer type t (pointers: v)
long trunc(long v, long *t)
{
	long bits;
	if (t[TY_KIND] != TK_INT || t[TY_SIZE] == 8)
		return v;
	bits = 64 - 8 * t[TY_SIZE];
	if (t[TY_UNS])
		return (v << bits) >> bits & ~(-1 << 8 * t[TY_SIZE]);
	return (v << bits) >> bits;
}

// ---------------------------------------------------------------- conversions

// rval(n): n used as a value: an array or a function becomes its address
long *rval(long *n)
{
	long *t = n[N_TYPE];
	if (t[TY_KIND] == TK_ARRAY)
		return mk(O_ADDR, ptr_to(t[TY_BASE]), n, 0);
	if (t[TY_KIND] == TK_FUNC)
		return addr_of(n);
	return n;
}

// is_lvalue(n): n designates an object
long is_lvalue(long *n)
{
	long op = n[N_OP];
	return op == O_VAR || op == O_GVAR || op == O_DEREF || op == O_STR;
}

// addr_of(n): &n
long *addr_of(long *n)
{
	long *t = ptr_to(n[N_TYPE]);
	long *a;
	if (n[N_OP] == O_DEREF) {
		a = n[N_A];
		if (a[N_TYPE] == t)
			return a;
		return mk(O_CAST, t, a, 0);
	}
	if (is_lvalue(n) || n[N_OP] == O_FUNC)
		return mk(O_ADDR, t, n, 0);
	error("cannot take the address of this expression");
}

// deref(n): *n
long *deref(long *n)
{
	long *t;
	n = rval(n);
	t = n[N_TYPE];
	if (!is_ptr(t))
		error("dereferencing a value that is not a pointer");
	t = t[TY_BASE];
	if (is_void(t))
		error("dereferencing a void pointer");
	return mk(O_DEREF, t, n, 0);
}

// promote_t(t): t after the integer promotions
long *promote_t(long *t)
{
	if (is_int(t) && t[TY_SIZE] < 4)
		return t_int;
	return t;
}

// common_t(a, b): the type of the usual arithmetic conversions
long *common_t(long *a, long *b)
{
	a = promote_t(a);
	b = promote_t(b);
	if (a == t_ulong || b == t_ulong)
		return t_ulong;
	if (a == t_long || b == t_long)
		return t_long;
	if (a == t_uint || b == t_uint)
		return t_uint;
	return t_int;
}

// cast(n, t): n converted to t
long *cast(long *n, long *t)
{
	long *f;
	n = rval(n);
	f = n[N_TYPE];
	if (f == t)
		return n;
	if (is_void(t))
		return mk(O_CAST, t, n, 0);
	if (!is_scalar(t) || !is_scalar(f)) {
		if (is_struct(t) && is_struct(f) && t[TY_SIZE] == f[TY_SIZE] && t[TY_MEM] == f[TY_MEM])
			return n;
		error("invalid conversion");
	}
	if (n[N_OP] == O_NUM)
		return mk_num(trunc(n[N_VAL], t), t);
	return mk(O_CAST, t, n, 0);
}

// scalar(n): n as a value that must be a number or a pointer (a test)
long *scalar(long *n)
{
	n = rval(n);
	if (!is_scalar(n[N_TYPE]))
		error("expected a number or a pointer");
	return n;
}

// arith(n): n as a value that must be a number
long *arith(long *n)
{
	n = rval(n);
	if (!is_int(n[N_TYPE]))
		error("expected a number");
	return n;
}

// elem_size(t): the size of what the pointer type t points to
long elem_size(long *t)
{
	long *b = t[TY_BASE];
	if (is_void(b) || b[TY_KIND] == TK_FUNC)
		return 1;
	if (b[TY_SIZE] == 0 && (is_struct(b) || b[TY_KIND] == TK_ARRAY))
		error("arithmetic on a pointer to an incomplete type");
	return b[TY_SIZE];
}

// fold(n): n, or a number if its operands are numbers
long *fold(long *n)
{
	long *a = n[N_A];
	long *b = n[N_B];
	if (a[N_OP] != O_NUM || b && b[N_OP] != O_NUM)
		return n;
	if ((n[N_OP] == O_DIV || n[N_OP] == O_MOD) && b[N_VAL] == 0)
		return n;
	ev_label = 0;
	return mk_num(eval(n), n[N_TYPE]);
}

// ptr_add(op, p, i): p + i or p - i, i scaled by the element's size
long *ptr_add(long op, long *p, long *i)
{
	long size = elem_size(p[N_TYPE]);
	i = cast(i, t_long);
	if (size != 1)
		i = fold(mk(O_MUL, t_long, i, mk_num(size, t_long)));
	if (i[N_OP] == O_NUM && i[N_VAL] == 0)
		return p;
	return mk(op, p[N_TYPE], p, i);
}

// binop(op, l, r): the binary operator op (O_ADD to O_GE) on l and r
long *binop(long op, long *l, long *r)
{
	long *lt;
	long *rt;
	long *ct;
	long *n;
	long size;
	l = rval(l);
	r = rval(r);
	lt = l[N_TYPE];
	rt = r[N_TYPE];
	if (op == O_ADD && is_int(lt) && is_ptr(rt))
		return ptr_add(O_ADD, r, l);
	if ((op == O_ADD || op == O_SUB) && is_ptr(lt) && is_int(rt))
		return ptr_add(op, l, r);
	if (op == O_SUB && is_ptr(lt) && is_ptr(rt)) {
		size = elem_size(lt);
		n = mk(O_SUB, t_long, cast(l, t_long), cast(r, t_long));
		if (size != 1)
			n = mk(O_DIV, t_long, n, mk_num(size, t_long));
		return n;
	}
	if (op >= O_EQ && op <= O_GE) {
		if (is_ptr(lt) || is_ptr(rt)) {
			n = mk(op, t_int, scalar(l), scalar(r));
			n[N_C] = t_ulong;
			return n;
		}
		ct = common_t(arith(l)[N_TYPE], arith(r)[N_TYPE]);
		n = mk(op, t_int, cast(l, ct), cast(r, ct));
		n[N_C] = ct;
		return fold(n);
	}
	if (op == O_SHL || op == O_SHR) {
		ct = promote_t(arith(l)[N_TYPE]);
		n = mk(op, ct, cast(l, ct), cast(r, promote_t(arith(r)[N_TYPE])));
		return fold(n);
	}
	ct = common_t(arith(l)[N_TYPE], arith(r)[N_TYPE]);
	return fold(mk(op, ct, cast(l, ct), cast(r, ct)));
}

// unop(op, n): -n, ~n or !n
long *unop(long op, long *n)
{
	long *t;
	if (op == O_NOT)
		return fold(mk(O_NOT, t_int, scalar(n), 0));
	t = promote_t(arith(n)[N_TYPE]);
	return fold(mk(op, t, cast(n, t), 0));
}

// logic(op, l, r): l && r, l || r
long *logic(long op, long *l, long *r) { return fold(mk(op, t_int, scalar(l), scalar(r))); }

// conditional(c, a, b): c ? a : b
long *conditional(long *c, long *a, long *b)
{
	long *at;
	long *bt;
	long *t;
	long *n;
	c = scalar(c);
	a = rval(a);
	b = rval(b);
	at = a[N_TYPE];
	bt = b[N_TYPE];
	if (is_int(at) && is_int(bt)) {
		t = common_t(at, bt);
		a = cast(a, t);
		b = cast(b, t);
	} else if (is_ptr(at) && is_int(bt))
		b = cast(b, at);
	else if (is_int(at) && is_ptr(bt))
		a = cast(a, bt);
	else if (is_ptr(at) && is_ptr(bt)) {
		if (is_void(bt[TY_BASE]))
			a = cast(a, bt);
		else
			b = cast(b, at);
	} else if (at != bt && !(is_void(at) && is_void(bt)))
		error("the two sides of ?: differ in type");
	if (c[N_OP] == O_NUM)
		return c[N_VAL] ? a : b;
	n = mk(O_COND, a[N_TYPE], c, a);
	n[N_C] = b;
	return n;
}

// assign(t, l, r): l = r, or l op= r for the token t
long *assign(long t, long *l, long *r)
{
	long *lt = l[N_TYPE];
	long *ct;
	long *n;
	long op;
	if (!is_lvalue(l) || l[N_OP] == O_STR || lt[TY_KIND] == TK_ARRAY || lt[TY_KIND] == TK_FUNC)
		error("assignment to something that is not a variable");
	if (t == '=') {
		if (is_struct(lt)) {
			if (r[N_TYPE] != lt)
				error("assignment of a different struct or union");
			return mk(O_ASSIGN, lt, l, r);
		}
		return mk(O_ASSIGN, lt, l, cast(r, lt));
	}
	op = assign_op(t);
	if (is_ptr(lt) && (op == O_ADD || op == O_SUB)) {
		r = arith(r);
		ct = lt;
		r = cast(r, t_long);
		if (elem_size(lt) != 1)
			r = fold(mk(O_MUL, t_long, r, mk_num(elem_size(lt), t_long)));
	} else if (op == O_SHL || op == O_SHR) {
		ct = promote_t(arith(l)[N_TYPE]);
		r = cast(r, promote_t(arith(r)[N_TYPE]));
	} else {
		ct = common_t(arith(l)[N_TYPE], arith(r)[N_TYPE]);
		r = cast(r, ct);
	}
	n = mk(O_OPASSIGN, lt, l, r);
	n[N_C] = ct;
	n[N_VAL] = op;
	return n;
}

// incdec(l, d, post): ++l, --l (d 1 or -1), l++, l-- (post)
long *incdec(long *l, long d, long post)
{
	long *lt = l[N_TYPE];
	long *n;
	if (!is_lvalue(l) || !is_scalar(lt))
		error("++ or -- of something that is not a variable");
	if (post) {
		n = mk(O_POSTINC, lt, l, 0);
		if (is_ptr(lt))
			d = d * elem_size(lt);
		n[N_VAL] = d;
		return n;
	}
	if (is_ptr(lt))
		return assign(P_ADDEQ, l, mk_num(d, t_long));
	return assign(P_ADDEQ, l, mk_num(d, t_int));
}

// member(n, sym): n.sym (n a struct or union)
long *member(long *n, long *sym)
{
	long *t = n[N_TYPE];
	long *m;
	long *p;
	if (!is_struct(t))
		error("member of something that is not a struct or union");
	if (!t[TY_DONE])
		error("member of an incomplete struct or union");
	m = find_member(t, sym);
	if (m == 0)
		error_sym("no member named", sym);
	if (is_lvalue(n))
		p = addr_of(n);
	else
		p = mk(O_CAST, ptr_to(t), n, 0);
	if (member_off)
		p = mk(O_ADD, ptr_to(m[ME_TYPE]), p, mk_num(member_off, t_long));
	return mk(O_DEREF, m[ME_TYPE], p, 0);
}

// call(f, args, n): the call f(args[0..n-1])
long *call(long *f, long **args, long n)
{
	long *t;
	long *p;
	long i;
	long *node;
	f = rval(f);
	t = f[N_TYPE];
	if (!is_ptr(t) || t[TY_BASE][TY_KIND] != TK_FUNC)
		error("call of something that is not a function");
	t = t[TY_BASE];
	p = t[TY_MEM];
	for (i = 0; i < n; i++) {
		if (p) {
			args[i] = cast(args[i], p[ME_TYPE]);
			p = p[ME_NEXT];
		} else if (!t[TY_VAR])
			error("too many arguments");
		else
			args[i] = cast(args[i], promote_t(scalar(args[i])[N_TYPE]));
	}
	if (p)
		error("too few arguments");
	node = mk(O_CALL, t[TY_BASE], f, args);
	node[N_VAL] = n;
	return node;
}

// ---------------------------------------------------------------- parsing

// binprec(t): the precedence of the binary operator t, 0 if it is none
long binprec(long t)
{
	if (t == P_OROR) return 1;
	if (t == P_ANDAND) return 2;
	if (t == '|') return 3;
	if (t == '^') return 4;
	if (t == '&') return 5;
	if (t == P_EQ || t == P_NE) return 6;
	if (t == '<' || t == '>' || t == P_LE || t == P_GE) return 7;
	if (t == P_SHL || t == P_SHR) return 8;
	if (t == '+' || t == '-') return 9;
	if (t == '*' || t == '/' || t == '%') return 10;
	return 0;
}

// binop_of(t): the node operator of the binary operator token t
long binop_of(long t)
{
	if (t == '+') return O_ADD;
	if (t == '-') return O_SUB;
	if (t == '*') return O_MUL;
	if (t == '/') return O_DIV;
	if (t == '%') return O_MOD;
	if (t == P_SHL) return O_SHL;
	if (t == P_SHR) return O_SHR;
	if (t == '&') return O_AND;
	if (t == '|') return O_OR;
	if (t == '^') return O_XOR;
	if (t == P_EQ) return O_EQ;
	if (t == P_NE) return O_NE;
	if (t == '<') return O_LT;
	if (t == P_LE) return O_LE;
	if (t == '>') return O_GT;
	return O_GE;
}

// assign_op(t): the operator of the compound assignment token t
long assign_op(long t)
{
	if (t == P_ADDEQ) return O_ADD;
	if (t == P_SUBEQ) return O_SUB;
	if (t == P_MULEQ) return O_MUL;
	if (t == P_DIVEQ) return O_DIV;
	if (t == P_MODEQ) return O_MOD;
	if (t == P_ANDEQ) return O_AND;
	if (t == P_OREQ) return O_OR;
	if (t == P_XOREQ) return O_XOR;
	if (t == P_SHLEQ) return O_SHL;
	return O_SHR;
}

// expr(): an expression, commas included
long *expr()
{
	long *l = assign_expr();
	long *r;
	while (accept(',')) {
		r = rval(assign_expr());
		l = mk(O_COMMA, r[N_TYPE], l, r);
	}
	return l;
}

// assign_expr(): an assignment expression
long *assign_expr()
{
	long *l = cond_expr();
	long t = tok;
	if (t == '=' || t >= P_ADDEQ && t <= P_SHREQ) {
		next();
		return assign(t, l, assign_expr());
	}
	return l;
}

// cond_expr(): a conditional expression
long *cond_expr()
{
	long *c = binary(1);
	long *a;
	if (!accept('?'))
		return c;
	a = expr();
	expect(':');
	return conditional(c, a, cond_expr());
}

// binary(min): operators of precedence min and higher, by precedence
// climbing
long *binary(long min)
{
	long *l = cast_expr();
	long *r;
	long p;
	long t;
	while (1) {
		t = tok;
		p = binprec(t);
		if (p < min || p == 0)
			return l;
		next();
		r = binary(p + 1);
		if (t == P_ANDAND)
			l = logic(O_LOGAND, l, r);
		else if (t == P_OROR)
			l = logic(O_LOGOR, l, r);
		else
			l = binop(binop_of(t), l, r);
	}
}

// size_of(t): sizeof for the type t
long *size_of(long *t)
{
	if (t[TY_SIZE] == 0 && (is_struct(t) && !t[TY_DONE] || t[TY_KIND] == TK_ARRAY && t[TY_LEN] < 0))
		error("sizeof of an incomplete type");
	return mk_num(t[TY_SIZE], t_ulong);
}

// cast_expr(): a unary expression or a cast
long *cast_expr()
{
	long t = tok;
	long *ty;
	long *n;
	if (t == P_INC || t == P_DEC) {
		next();
		return incdec(cast_expr(), t == P_INC ? 1 : -1, 0);
	}
	if (t == '&' || t == '*' || t == '+' || t == '-' || t == '~' || t == '!') {
		next();
		n = cast_expr();
		if (t == '&')
			return addr_of(n);
		if (t == '*')
			return deref(n);
		if (t == '+')
			return cast(n, promote_t(arith(n)[N_TYPE]));
		if (t == '-')
			return unop(O_NEG, n);
		if (t == '~')
			return unop(O_BITNOT, n);
		return unop(O_NOT, n);
	}
	if (t == K_SIZEOF) {
		next();
		if (tok == '(') {
			next();
			if (is_type_start()) {
				ty = type_name();
				expect(')');
				return size_of(ty);
			}
			n = expr();
			expect(')');
			return size_of(postfix(n)[N_TYPE]);
		}
		return size_of(cast_expr()[N_TYPE]);
	}
	if (t == '(') {
		next();
		if (is_type_start()) {
			ty = type_name();
			expect(')');
			return cast(cast_expr(), ty);
		}
		n = expr();
		expect(')');
		return postfix(n);
	}
	return postfix(primary());
}

// postfix(n): n followed by [], (), ., ->, ++, --
long *postfix(long *n)
{
	long **args;
	long cap;
	long count;
	long **bigger;
	long *idx;
	while (1) {
		if (accept('[')) {
			idx = expr();
			expect(']');
			n = deref(binop(O_ADD, n, idx));
		} else if (accept('(')) {
			cap = 8;
			count = 0;
			args = alloc(cap * 8);
			while (tok != ')') {
				if (count == cap) {
					bigger = alloc(cap * 16);
					mem_copy(bigger, args, cap * 8);
					args = bigger;
					cap = cap * 2;
				}
				args[count++] = assign_expr();
				if (!accept(','))
					break;
			}
			expect(')');
			n = call(n, args, count);
		} else if (accept('.')) {
			if (tok != T_IDENT)
				error("expected a member name");
			n = member(n, tok_sym);
			next();
		} else if (accept(P_ARROW)) {
			if (tok != T_IDENT)
				error("expected a member name");
			n = member(deref(n), tok_sym);
			next();
		} else if (accept(P_INC))
			n = incdec(n, 1, 1);
		else if (accept(P_DEC))
			n = incdec(n, -1, 1);
		else
			return n;
	}
}

// mark_used(d): the global of d is used here (for "undefined" messages)
void mark_used(long *d)
{
	d = d[D_VAL];
	if (d[D_USED])
		return;
	d[D_USED] = 1;
	d[D_FILE] = tok_file;
	d[D_LINE] = tok_line;
}

// primary(): a name, a number, a string, __syscall(...)
long *primary()
{
	long *d;
	long *n;
	long **args;
	long i;
	if (tok == T_NUM) {
		n = mk_num(tok_val, tok_type);
		next();
		return n;
	}
	if (tok == T_STR)
		return string_lit();
	if (tok == K_SYSCALL) {
		next();
		expect('(');
		args = alloc(7 * 8);
		for (i = 0; i < 7; i++)
			args[i] = mk_num(0, t_long);
		i = 0;
		while (tok != ')') {
			if (i == 7)
				error("__syscall takes 1 to 7 arguments");
			args[i++] = cast(scalar(assign_expr()), t_long);
			if (!accept(','))
				break;
		}
		expect(')');
		if (i == 0)
			error("__syscall takes 1 to 7 arguments");
		return mk(O_SYSCALL, t_long, args, 0);
	}
	if (tok != T_IDENT) {
		if (tok == T_EOF)
			error("expected an expression, found the end of the file");
		error("expected an expression");
	}
	d = tok_sym[S_DECL];
	if (d == 0)
		error_sym("undeclared name", tok_sym);
	if (d[D_KIND] == DK_LOCAL) {
		n = mk(O_VAR, d[D_TYPE], 0, 0);
		n[N_VAL] = d[D_VAL];
	} else if (d[D_KIND] == DK_GLOBAL) {
		mark_used(d);
		n = mk(O_GVAR, d[D_VAL][D_TYPE], 0, 0);
		n[N_VAL] = d[D_LABEL];
		n[N_C] = d[D_OBJ];
	} else if (d[D_KIND] == DK_FUNC) {
		mark_used(d);
		n = mk(O_FUNC, d[D_VAL][D_TYPE], 0, 0);
		n[N_VAL] = d[D_LABEL];
	} else if (d[D_KIND] == DK_ENUM)
		n = mk_num(d[D_VAL], t_int);
	else
		error_sym("unexpected type name", tok_sym);
	next();
	return n;
}

long string_count;

// string_lit(): adjacent strings joined, as an object of the data
long *string_lit()
{
	char *s = tok_str;
	long n = tok_len;
	char *j;
	long *o;
	long *t;
	long *node;
	next();
	while (tok == T_STR) {
		j = alloc(n + tok_len);
		mem_copy(j, s, n);
		mem_copy(j + n, tok_str, tok_len);
		s = j;
		n = n + tok_len;
		next();
	}
	t = array_of(t_char, n + 1);
	string_count++;
	o = new_object(str_cat(".s", fmt_num(string_count)), t);
	o[OB_IMAGE] = alloc(n + 1);
	mem_copy(o[OB_IMAGE], s, n);
	o[OB_DEFINED] = 1;
	node = mk(O_STR, t, 0, 0);
	node[N_C] = o;
	node[N_VAL] = o[OB_LABEL];
	return node;
}

// ---------------------------------------------------------------- constants

// const_int(): a constant integer expression; its value
long const_int()
{
	long *n = cond_expr();
	long v;
	ev_label = 0;
	v = eval(n);
	if (ev_label || !is_int(n[N_TYPE]))
		error("expected a constant");
	return v;
}

// ult(a, b): a < b as unsigned words
long ult(long a, long b)
{
	long min = 1 << 63;
	return (a ^ min) < (b ^ min);
}

// udiv(a, b): a / b as unsigned words
long udiv(long a, long b)
{
	long q;
	if (b < 0)
		return !ult(a, b);
	if (a >= 0)
		return a / b;
	q = ((a >> 1) & ~(1 << 63)) / b << 1;
	if (!ult(a - q * b, b))
		q++;
	return q;
}

// eval(n): the value of the constant expression n; an address constant
// leaves its label in ev_label (which must be 0 on entry), its object in
// ev_obj
long eval(long *n)
{
	long op = n[N_OP];
	long *t = n[N_TYPE];
	long *ct;
	long a;
	long b;
	char *la;
	long *lo;
	if (op == O_NUM)
		return n[N_VAL];
	if (op == O_ADDR)
		return eval_addr(n[N_A]);
	if (op == O_CAST) {
		a = eval(n[N_A]);
		if (ev_label && t[TY_SIZE] != 8)
			error("not a constant");
		return trunc(a, t);
	}
	if (op == O_COND) {
		a = eval(n[N_A]);
		if (ev_label)
			error("not a constant");
		if (a)
			return eval(n[N_B]);
		return eval(n[N_C]);
	}
	if (op == O_NOT || op == O_NEG || op == O_BITNOT) {
		a = eval(n[N_A]);
		if (ev_label)
			error("not a constant");
		if (op == O_NOT)
			return !a;
		if (op == O_NEG)
			return trunc(-a, t);
		return trunc(~a, t);
	}
	if (op < O_ADD || op > O_LOGOR)
		error("not a constant");
	a = eval(n[N_A]);
	la = ev_label;
	lo = ev_obj;
	ev_label = 0;
	b = eval(n[N_B]);
	if (la || ev_label) {
		if (op == O_ADD && !(la && ev_label)) {
			if (la) {
				ev_label = la;
				ev_obj = lo;
			}
			return a + b;
		}
		if (op == O_SUB && la && !ev_label) {
			ev_label = la;
			ev_obj = lo;
			return a - b;
		}
		error("not a constant");
	}
	if (op == O_LOGAND)
		return a && b;
	if (op == O_LOGOR)
		return a || b;
	if (op >= O_EQ) {
		ct = n[N_C];
		if (op == O_EQ) return a == b;
		if (op == O_NE) return a != b;
		if (ct[TY_UNS]) {
			if (op == O_LT) return ult(a, b);
			if (op == O_LE) return !ult(b, a);
			if (op == O_GT) return ult(b, a);
			return !ult(a, b);
		}
		if (op == O_LT) return a < b;
		if (op == O_LE) return a <= b;
		if (op == O_GT) return a > b;
		return a >= b;
	}
	if ((op == O_DIV || op == O_MOD) && b == 0)
		error("division by zero");
	if (op == O_ADD) a = a + b;
	else if (op == O_SUB) a = a - b;
	else if (op == O_MUL) a = a * b;
	else if (op == O_DIV && t[TY_UNS]) a = udiv(a, b);
	else if (op == O_DIV) a = a / b;
	else if (op == O_MOD && t[TY_UNS]) a = a - udiv(a, b) * b;
	else if (op == O_MOD) a = a % b;
	else if (op == O_SHL) a = a << b;
	else if (op == O_SHR && t[TY_UNS] && b > 0) a = a >> b & ~(-1 << 64 - b);
	else if (op == O_SHR) a = a >> b;
	else if (op == O_AND) a = a & b;
	else if (op == O_OR) a = a | b;
	else if (op == O_XOR) a = a ^ b;
	return trunc(a, t);
}

// eval_addr(n): the address of the object n, a constant
long eval_addr(long *n)
{
	long op = n[N_OP];
	if (op == O_GVAR || op == O_STR) {
		ev_label = n[N_VAL];
		ev_obj = n[N_C];
		return 0;
	}
	if (op == O_FUNC) {
		ev_label = n[N_VAL];
		ev_obj = 0;
		return 0;
	}
	if (op == O_DEREF)
		return eval(n[N_A]);
	error("not a constant");
}

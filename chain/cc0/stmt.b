// stmt.b: cc0's statements, functions, initializers and data, and the
// top level of a file.
//
// A function is "enter; li_b %FRAME alloc", its statements, then "li_a
// %0 leave" (falling off the end returns 0, as main must); FRAME is only
// known at the end, so it is written into a blank left in the output.
// Locals live below fp, each block's reused after it ends. A switch
// keeps its value in a hidden local; its body is generated first, then
// the chain of tests that jumps to the cases. An initializer is read into
// a list of items (offset, type, expression); for a local they become
// stores (after zeroing an array or struct), for a global or static the
// bytes of its object's image and relocations. The data is written at
// the end: each object at a multiple of its alignment, a label where an
// address points inside one ("name+8").

long *cur_ret;
long frame;
long frame_max;
long brk_label;
long cont_label;
long *sw_cases;
long sw_default;
long sw_active;
long *sw_type;

// A case: next, value, label.
enum { CA_NEXT, CA_VAL, CA_LABEL, CA_SIZE };

// ---------------------------------------------------------------- locals

// alloc_local(t): room for a local of type t; its offset from fp
long alloc_local(long *t)
{
	long size = t[TY_SIZE];
	long align = t[TY_ALIGN];
	if (is_void(t) || t[TY_KIND] == TK_FUNC || size == 0 && is_struct(t) && !t[TY_DONE])
		error("variable of incomplete type");
	if (!is_scalar(t)) {
		size = align_up(size, 8);
		align = 8;
	}
	frame = align_up(frame + size, align);
	if (frame > frame_max)
		frame_max = frame;
	return -frame;
}

// bind_local(sym, t, off): sym is the local at off
void bind_local(long *sym, long *t, long off)
{
	long *d = new_decl(DK_LOCAL, t);
	d[D_VAL] = off;
	bind(sym, d);
}

// ---------------------------------------------------------------- initializers

// An item: next, offset, type, expression.
enum { IT_NEXT, IT_OFF, IT_TYPE, IT_EXPR, IT_SIZE };

long *init_first;
long *init_last;

// add_item(off, t, e): the object of type t at off starts as e
void add_item(long off, long *t, long *e)
{
	long *it = alloc(IT_SIZE * 8);
	it[IT_OFF] = off;
	it[IT_TYPE] = t;
	it[IT_EXPR] = e;
	if (init_last)
		init_last[IT_NEXT] = it;
	else
		init_first = it;
	init_last = it;
}

// is_char_array(t): an array of a one-byte integer type
long is_char_array(long *t)
{
	long *b = t[TY_BASE];
	return t[TY_KIND] == TK_ARRAY && is_int(b) && b[TY_SIZE] == 1;
}

// init_string(t, off): a string initializing the char array t; the
// number of its elements
long init_string(long *t, long off)
{
	long *e = string_lit();
	long n = e[N_TYPE][TY_LEN];
	add_item(off, t, e);
	return n;
}

// init_elem(t, off): the initializer of an object of type t at off,
// with or without its braces; for an array, the number of elements given
long init_elem(long *t, long off)
{
	long braced;
	long n;
	long *e;
	if (t[TY_KIND] == TK_ARRAY) {
		if (is_char_array(t) && tok == T_STR)
			return init_string(t, off);
		braced = accept('{');
		if (braced && is_char_array(t) && tok == T_STR) {
			n = init_string(t, off);
			accept(',');
			expect('}');
			return n;
		}
		n = init_array(t, off, braced);
		if (braced)
			expect('}');
		return n;
	}
	if (is_struct(t)) {
		braced = accept('{');
		init_struct(t, off, braced);
		if (braced)
			expect('}');
		return 0;
	}
	braced = accept('{');
	e = assign_expr();
	if (braced) {
		accept(',');
		expect('}');
	}
	add_item(off, t, cast(e, t));
	return 0;
}

// init_array(t, off, braced): the elements of the array t; how many
long init_array(long *t, long off, long braced)
{
	long *et = t[TY_BASE];
	long len = t[TY_LEN];
	long i = 0;
	while (1) {
		if (braced && tok == '}')
			break;
		if (len >= 0 && i >= len) {
			if (braced)
				error("too many initializers");
			break;
		}
		init_elem(et, off + i * et[TY_SIZE]);
		i++;
		if (tok != ',')
			break;
		if (!braced && len >= 0 && i >= len)
			break;
		next();
		if (!braced && tok == '}')
			break;
	}
	return i;
}

// init_struct(t, off, braced): the members of the struct or union t
void init_struct(long *t, long off, long braced)
{
	long *m = t[TY_MEM];
	if (!t[TY_DONE])
		error("initializer for an incomplete struct or union");
	while (m) {
		if (braced && tok == '}')
			break;
		init_elem(m[ME_TYPE], off + m[ME_OFF]);
		m = m[ME_NEXT];
		if (t[TY_KIND] == TK_UNION)
			m = 0;
		if (tok != ',')
			break;
		if (!braced && m == 0)
			break;
		next();
		if (!braced && tok == '}')
			break;
	}
}

// init_top(t): the initializer after '=' of an object of type t, into
// the items; t, its length filled in if it was an array of unknown length
long *init_top(long *t)
{
	long n;
	init_first = 0;
	init_last = 0;
	n = init_elem(t, 0);
	if (t[TY_KIND] == TK_ARRAY && t[TY_LEN] < 0)
		t = array_of(t[TY_BASE], n);
	return t;
}

// item_bytes(it): how many bytes a string item copies: the string and
// its NUL, or as much of it as the array holds
long item_bytes(long *it)
{
	long *t = it[IT_TYPE];
	long *e = it[IT_EXPR];
	long n = e[N_TYPE][TY_SIZE];
	if (t[TY_LEN] >= 0 && t[TY_SIZE] < n)
		n = t[TY_SIZE];
	return n;
}

// zero_local(off, size): zero the local at off (size a multiple of 8)
void zero_local(long off, long size)
{
	long i;
	if (size <= 64) {
		for (i = 0; i < size; i = i + 8) {
			op_n("li_a", off + i);
			op("fp_a");
			op("mov_b_a");
			op_n("li_a", 0);
			op("st64");
		}
		return;
	}
	op_n("li_a", size);
	op("push_a");
	op_n("li_a", off);
	op("fp_a");
	op("push_a");
	op_name("call", ".zero");
	op_n("li_b", 32);
	op("drop");
	used_zero = 1;
}

// init_local(off, t): the stores of the items into the local at off
void init_local(long off, long *t)
{
	long *it;
	long *it_t;
	long *e;
	// an array or struct is zeroed first, unless a struct is copied whole
	long whole = init_first && init_first[IT_TYPE] == t && is_struct(t);
	if (!is_scalar(t) && !whole)
		zero_local(off, align_up(t[TY_SIZE], 8));
	for (it = init_first; it; it = it[IT_NEXT]) {
		it_t = it[IT_TYPE];
		e = it[IT_EXPR];
		if (it_t[TY_KIND] == TK_ARRAY || is_struct(it_t)) {
			if (it_t[TY_KIND] == TK_ARRAY)
				li(item_bytes(it));
			else
				li(it_t[TY_SIZE]);
			op("push_a");
			gen(e);
			op("push_a");
			op_n("li_a", off + it[IT_OFF]);
			op("fp_a");
			op("push_a");
			call_copy();
		} else {
			op_n("li_a", off + it[IT_OFF]);
			op("fp_a");
			op("push_a");
			gen(e);
			op("pop_b");
			store(it_t);
		}
	}
}

// add_reloc(o, off, label, addend, target): the 8 bytes at off in o are
// the address label + addend; a label is made inside target for addend
void add_reloc(long *o, long off, char *label, long addend, long *target)
{
	long *r = alloc(RL_SIZE * 8);
	long **pp;
	long *l;
	r[RL_OFF] = off;
	r[RL_LABEL] = label;
	r[RL_ADDEND] = addend;
	if (o[OB_RTAIL])
		o[OB_RTAIL][RL_NEXT] = r;
	else
		o[OB_RELOCS] = r;
	o[OB_RTAIL] = r;
	if (addend == 0)
		return;
	if (target == 0 || addend < 0 || addend > target[OB_SIZE])
		error("address constant out of its object");
	// the offsets that need a label, in order, each once
	pp = target + OB_OFFS * 8;
	while (*pp && (*pp)[RL_OFF] < addend)
		pp = *pp + RL_NEXT * 8;
	if (*pp && (*pp)[RL_OFF] == addend)
		return;
	l = alloc(RL_SIZE * 8);
	l[RL_OFF] = addend;
	l[RL_NEXT] = *pp;
	*pp = l;
}

// put_bytes(p, v, n): the n low bytes of v at p, little endian
void put_bytes(char *p, long v, long n)
{
	long i;
	for (i = 0; i < n; i++) {
		p[i] = v;
		v = v >> 8;
	}
}

// init_object(o, t): the items as the image and relocations of o
void init_object(long *o, long *t)
{
	long *it;
	long *it_t;
	long *e;
	long v;
	char *img;
	o[OB_SIZE] = t[TY_SIZE];
	img = alloc(t[TY_SIZE] + 1);
	o[OB_IMAGE] = img;
	o[OB_DEFINED] = 1;
	for (it = init_first; it; it = it[IT_NEXT]) {
		it_t = it[IT_TYPE];
		e = it[IT_EXPR];
		if (it_t[TY_KIND] == TK_ARRAY) {
			mem_copy(img + it[IT_OFF], e[N_C][OB_IMAGE], item_bytes(it));
			continue;
		}
		if (is_struct(it_t))
			error("not a constant");
		ev_label = 0;
		v = eval(e);
		if (ev_label) {
			if (it_t[TY_SIZE] != 8)
				error("not a constant");
			add_reloc(o, it[IT_OFF], ev_label, v, ev_obj);
		} else
			put_bytes(img + it[IT_OFF], v, it_t[TY_SIZE]);
	}
}

// ---------------------------------------------------------------- declarations

// static_local(sym, t): a static local: an object of the data with a
// label of its own
void static_local(long *sym, long *t)
{
	long *d = new_decl(DK_GLOBAL, t);
	long *o;
	d[D_VAL] = d;
	d[D_DEFINED] = 1;
	d[D_LABEL] = unique_label(sym);
	if (t[TY_KIND] == TK_ARRAY && t[TY_LEN] < 0) {
		if (!accept('='))
			error("array of unknown size");
		t = init_top(t);
		d[D_TYPE] = t;
		o = new_object(d[D_LABEL], t);
		d[D_OBJ] = o;
		o[OB_DEFINED] = 1;
		bind(sym, d);
		init_object(o, t);
		return;
	}
	o = new_object(d[D_LABEL], t);
	o[OB_DEFINED] = 1;
	d[D_OBJ] = o;
	bind(sym, d);
	if (accept('=')) {
		init_top(t);
		init_object(o, t);
	}
}

// auto_local(sym, t): a local, and the code of its initializer
void auto_local(long *sym, long *t)
{
	long off;
	long *e;
	if (t[TY_KIND] == TK_ARRAY && t[TY_LEN] < 0) {
		if (!accept('='))
			error("array of unknown size");
		t = init_top(t);
		off = alloc_local(t);
		bind_local(sym, t, off);
		init_local(off, t);
		return;
	}
	off = alloc_local(t);
	bind_local(sym, t, off);
	if (!accept('='))
		return;
	if (is_struct(t) && tok != '{') {
		e = assign_expr();
		if (e[N_TYPE] != t)
			error("initializer of a different type");
		init_first = 0;
		init_last = 0;
		add_item(0, t, e);
	} else
		init_top(t);
	init_local(off, t);
}

// local_decl(): a declaration in a block
void local_decl()
{
	long *base = decl_specs();
	long storage = spec_storage;
	long *t;
	long *sym;
	long *d;
	if (accept(';'))
		return;
	while (1) {
		t = declarator(base);
		sym = decl_name;
		if (sym == 0)
			error("expected a name");
		if (storage != K_EXTERN && t[TY_KIND] != TK_FUNC && in_scope(sym[S_DECL]))
			error_sym("redefinition of", sym);
		if (storage == K_TYPEDEF) {
			d = new_decl(DK_TYPEDEF, t);
			bind(sym, d);
		} else if (storage == K_EXTERN || t[TY_KIND] == TK_FUNC)
			declare_global(sym, t, K_EXTERN);
		else if (storage == K_STATIC)
			static_local(sym, t);
		else
			auto_local(sym, t);
		if (!accept(','))
			break;
	}
	expect(';');
}

// ---------------------------------------------------------------- statements

// block(): the statements of a block after its '{', through its '}'
void block()
{
	long mark = enter_scope();
	long saved = frame;
	while (!accept('}')) {
		if (tok == T_EOF)
			error("expected '}', found the end of the file");
		if (is_type_start())
			local_decl();
		else
			stmt();
	}
	frame = saved;
	leave_scope(mark);
}

// test(): a parenthesized test
long *test()
{
	long *e;
	expect('(');
	e = scalar(expr());
	expect(')');
	return e;
}

// loop_body(b, c): a loop's statement, with break going to b and
// continue to c
void loop_body(long b, long c)
{
	long ob = brk_label;
	long oc = cont_label;
	brk_label = b;
	cont_label = c;
	stmt();
	brk_label = ob;
	cont_label = oc;
}

// stmt_for(): for (init; test; step) statement
void stmt_for()
{
	long mark = enter_scope();
	long saved = frame;
	long top = new_label();
	long cont = new_label();
	long end = new_label();
	long *step = 0;
	expect('(');
	if (is_type_start())
		local_decl();
	else {
		if (tok != ';')
			gen(expr());
		expect(';');
	}
	def_label(top);
	if (tok != ';')
		gen_cond(scalar(expr()), end);
	expect(';');
	if (tok != ')')
		step = expr();
	expect(')');
	loop_body(end, cont);
	def_label(cont);
	if (step)
		gen(step);
	op_l("jmp", top);
	def_label(end);
	frame = saved;
	leave_scope(mark);
}

// stmt_switch(): switch (e) statement: the body, then the tests
void stmt_switch()
{
	long *e;
	long *t;
	long slot;
	long tests = new_label();
	long end = new_label();
	long *oc = sw_cases;
	long od = sw_default;
	long oa = sw_active;
	long *ot = sw_type;
	long ob = brk_label;
	long *c;
	expect('(');
	e = arith(expr());
	expect(')');
	t = promote_t(e[N_TYPE]);
	slot = alloc_local(t_long);
	op_n("li_a", slot);
	op("fp_a");
	op("push_a");
	gen(cast(e, t));
	op("pop_b");
	op("st64");
	op_l("jmp", tests);
	sw_cases = 0;
	sw_default = 0;
	sw_active = 1;
	sw_type = t;
	brk_label = end;
	stmt();
	op_l("jmp", end);
	def_label(tests);
	for (c = sw_cases; c; c = c[CA_NEXT]) {
		if ((c[CA_VAL] << 32) >> 32 == c[CA_VAL]) {
			op_n("li_a", slot);
			op("fp_a");
			op("ld64");
			op_n("li_b", c[CA_VAL]);
			op("eq");
		} else {
			li(c[CA_VAL]);
			op("push_a");
			op_n("li_a", slot);
			op("fp_a");
			op("ld64");
			op("pop_b");
			op("eq");
		}
		op_l("jnz", c[CA_LABEL]);
	}
	if (sw_default)
		op_l("jmp", sw_default);
	def_label(end);
	sw_cases = oc;
	sw_default = od;
	sw_active = oa;
	sw_type = ot;
	brk_label = ob;
}

// stmt_case(): case N: (a label in the switch)
void stmt_case()
{
	long v = const_int();
	long *c;
	if (!sw_active)
		error("case outside a switch");
	expect(':');
	v = trunc(v, sw_type);
	for (c = sw_cases; c; c = c[CA_NEXT])
		if (c[CA_VAL] == v)
			error("duplicate case");
	c = alloc(CA_SIZE * 8);
	c[CA_VAL] = v;
	c[CA_LABEL] = new_label();
	c[CA_NEXT] = sw_cases;
	sw_cases = c;
	def_label(c[CA_LABEL]);
}

// stmt(): one statement
void stmt()
{
	long t = tok;
	long l;
	long m;
	long *e;
	if (accept('{')) {
		block();
	} else if (accept(K_IF)) {
		l = new_label();
		gen_cond(test(), l);
		stmt();
		if (accept(K_ELSE)) {
			m = new_label();
			op_l("jmp", m);
			def_label(l);
			stmt();
			def_label(m);
		} else
			def_label(l);
	} else if (accept(K_WHILE)) {
		l = new_label();
		m = new_label();
		def_label(l);
		gen_cond(test(), m);
		loop_body(m, l);
		op_l("jmp", l);
		def_label(m);
	} else if (accept(K_DO)) {
		l = new_label();
		m = new_label();
		t = new_label();
		def_label(l);
		loop_body(t, m);
		if (!accept(K_WHILE))
			error("expected 'while' after do's statement");
		def_label(m);
		gen(test());
		op_l("jnz", l);
		def_label(t);
		expect(';');
	} else if (accept(K_FOR)) {
		stmt_for();
	} else if (accept(K_SWITCH)) {
		stmt_switch();
	} else if (accept(K_CASE)) {
		stmt_case();
		stmt();
	} else if (accept(K_DEFAULT)) {
		if (!sw_active)
			error("default outside a switch");
		if (sw_default)
			error("two defaults in one switch");
		expect(':');
		sw_default = new_label();
		def_label(sw_default);
		stmt();
	} else if (accept(K_BREAK)) {
		if (brk_label == 0)
			error("break outside a loop or switch");
		op_l("jmp", brk_label);
		expect(';');
	} else if (accept(K_CONTINUE)) {
		if (cont_label == 0)
			error("continue outside a loop");
		op_l("jmp", cont_label);
		expect(';');
	} else if (accept(K_RETURN)) {
		if (tok != ';') {
			e = expr();
			if (is_void(cur_ret))
				gen(e);
			else
				gen(cast(e, cur_ret));
		} else if (!is_void(cur_ret))
			error("return without a value");
		op("leave");
		expect(';');
	} else if (accept(K_GOTO)) {
		error("goto is not in C0");
	} else if (accept(';')) {
	} else {
		gen(expr());
		expect(';');
	}
}

// ---------------------------------------------------------------- functions

// func_def(d, t): the body of the function d, of type t
void func_def(long *d, long *t)
{
	long mark;
	long *p;
	long i = 0;
	char *blank;
	long *ret = t[TY_BASE];
	if (d[D_DEFINED])
		error_sym("redefinition of", d[D_SYM]);
	if (is_struct(ret))
		error("functions returning a struct or union are not in C0");
	d[D_DEFINED] = 1;
	d[D_TYPE] = t;
	cur_ret = ret;
	emit(":");
	op(d[D_LABEL]);
	op("enter");
	out_room(20);
	emit("li_b %");
	blank = ob + on;
	emit("            alloc\n");
	frame = 0;
	frame_max = 0;
	mark = enter_scope();
	for (p = t[TY_MEM]; p; p = p[ME_NEXT]) {
		if (p[ME_NAME] == 0)
			error("parameter without a name");
		bind_local(p[ME_NAME], p[ME_TYPE], 16 + 16 * i);
		i++;
	}
	next();
	block();
	leave_scope(mark);
	op_n("li_a", 0);
	op("leave");
	blank_num(blank, align_up(frame_max, 16));
}

// blank_num(p, n): n in decimal over the blank at p
void blank_num(char *p, long n)
{
	char *s = fmt_num(n);
	mem_copy(p, s, str_len(s));
}

// top_decl(): a declaration or function definition at file scope
void top_decl()
{
	long *base = decl_specs();
	long storage = spec_storage;
	long *t;
	long *sym;
	long *d;
	long *o;
	if (accept(';'))
		return;
	while (1) {
		t = declarator(base);
		sym = decl_name;
		if (sym == 0)
			error("expected a name");
		if (storage == K_TYPEDEF) {
			d = new_decl(DK_TYPEDEF, t);
			bind(sym, d);
		} else {
			d = declare_global(sym, t, storage);
			if (t[TY_KIND] == TK_FUNC && tok == '{') {
				func_def(d, t);
				return;
			}
			if (accept('=')) {
				if (t[TY_KIND] == TK_FUNC)
					error("a function cannot be initialized");
				o = d[D_OBJ];
				if (o[OB_IMAGE])
					error_sym("redefinition of", sym);
				t = init_top(d[D_TYPE]);
				d[D_TYPE] = t;
				d[D_DEFINED] = 1;
				init_object(o, t);
			}
		}
		if (!accept(','))
			break;
	}
	expect(';');
}

// compile_file(path): every declaration of the file (a stray ';' is
// allowed, as after a function's body); then its names
// are forgotten (each file is a translation unit)
void compile_file(char *path)
{
	start_file(path);
	while (tok != T_EOF)
		if (!accept(';'))
			top_decl();
	end_file();
}

// init(): the tables
void init()
{
	init_lex();
	init_types();
	scope_stk = alloc(65536 * 8);
}

// ---------------------------------------------------------------- data

long data_off;
char *hex_digits = "0123456789abcdef";

// emit_hex(p, n): n bytes at p (0: zeros) as 'hex' lines of 16 bytes
void emit_hex(char *p, long n)
{
	long i = 0;
	long c;
	while (i < n) {
		if (i % 16 == 0)
			emit_c('\'');
		c = 0;
		if (p)
			c = p[i];
		emit_c(hex_digits[c >> 4]);
		emit_c(hex_digits[c & 15]);
		i++;
		if (i % 16 == 0 || i == n) {
			emit_c('\'');
			emit_c('\n');
		}
	}
}

// emit_object(o): the label and bytes of o at the next multiple of its
// alignment, the labels inside it, its relocations as 4-byte absolute
// addresses and 4 zero bytes
void emit_object(long *o)
{
	char *img = o[OB_IMAGE];
	long *r = o[OB_RELOCS];
	long *l = o[OB_OFFS];
	long pos = 0;
	long at;
	long pad = align_up(data_off, o[OB_ALIGN]) - data_off;
	emit_hex(0, pad);
	data_off = data_off + pad + o[OB_SIZE];
	emit(":");
	op(o[OB_LABEL]);
	while (1) {
		at = o[OB_SIZE];
		if (r && r[RL_OFF] < at)
			at = r[RL_OFF];
		if (l && l[RL_OFF] < at)
			at = l[RL_OFF];
		emit_hex(img ? img + pos : 0, at - pos);
		pos = at;
		if (l && l[RL_OFF] == at) {
			emit(":");
			emit(o[OB_LABEL]);
			emit("+");
			emit_num(at);
			emit_c('\n');
			l = l[RL_NEXT];
		} else if (r && r[RL_OFF] == at) {
			emit("&");
			emit(r[RL_LABEL]);
			if (r[RL_ADDEND]) {
				emit("+");
				emit_num(r[RL_ADDEND]);
			}
			emit(" %0\n");
			pos = at + 8;
			r = r[RL_NEXT];
			if (l && l[RL_OFF] < pos)
				error("address constant inside an address");
		} else
			break;
	}
}

// finish_program(): every used function and object must be defined;
// then the helpers, :ELF_end, and the data
void finish_program()
{
	long *d;
	long *o;
	for (d = globals_first; d; d = d[D_NEXTG]) {
		if (d[D_USED] && !d[D_DEFINED]) {
			tok_file = d[D_FILE];
			tok_line = d[D_LINE];
			error_sym("undefined", d[D_SYM]);
		}
	}
	emit_helpers();
	op(":ELF_end");
	data_first = stream_new();
	for (o = obj_first; o; o = o[OB_NEXT])
		if (o[OB_DEFINED])
			emit_object(o);
	emit_hex(0, align_up(data_off, 8) - data_off);
}

// decl.b: cc0's types, scopes and declarations.
//
// A type is a record (TY_*); the integer types are made once, a pointer
// type once per pointee. A name's meaning is a declaration record (D_*)
// hung on its symbol; entering a block remembers the depth of a stack of
// the declarations made since, and leaving it gives each name back the
// meaning it hid. A declarator is read into a list of derivations
// (pointer, array, function) in the order they apply to the base type.

// the last declarator's name (0 if none); the last parameter list is
// variadic; the last declaration's storage class; the offset of the last
// member found
long *decl_name;
long param_var;
long spec_storage;
long member_off;

// ---------------------------------------------------------------- types

// new_type(kind, size, align): a type record
long *new_type(long kind, long size, long align)
{
	long *t = alloc(TY_SIZEOF * 8);
	t[TY_KIND] = kind;
	t[TY_SIZE] = size;
	t[TY_ALIGN] = align;
	t[TY_DONE] = 1;
	return t;
}

// int_type(size, uns): an integer type
long *int_type(long size, long uns)
{
	long *t = new_type(TK_INT, size, size);
	t[TY_UNS] = uns;
	return t;
}

// init_types(): the basic types
void init_types()
{
	t_void = new_type(TK_VOID, 1, 1);
	t_char = int_type(1, 1);
	t_schar = int_type(1, 0);
	t_short = int_type(2, 0);
	t_ushort = int_type(2, 1);
	t_int = int_type(4, 0);
	t_uint = int_type(4, 1);
	t_long = int_type(8, 0);
	t_ulong = int_type(8, 1);
}

// ptr_to(t): the type "pointer to t"
long *ptr_to(long *t)
{
	long *p = t[TY_PTR];
	if (p)
		return p;
	p = new_type(TK_PTR, 8, 8);
	p[TY_BASE] = t;
	t[TY_PTR] = p;
	return p;
}

// array_of(t, n): the type "array of n t" (n -1: not given)
long *array_of(long *t, long n)
{
	long *a = new_type(TK_ARRAY, 0, t[TY_ALIGN]);
	a[TY_BASE] = t;
	a[TY_LEN] = n;
	if (n > 0)
		a[TY_SIZE] = n * t[TY_SIZE];
	return a;
}

// func_type(ret, params, var): a function type
long *func_type(long *ret, long *params, long var)
{
	long *f = new_type(TK_FUNC, 1, 1);
	if (ret[TY_KIND] == TK_ARRAY || ret[TY_KIND] == TK_FUNC)
		error("a function cannot return an array or a function");
	f[TY_BASE] = ret;
	f[TY_MEM] = params;
	f[TY_VAR] = var;
	return f;
}

// the kinds of types
long is_int(long *t) { return t[TY_KIND] == TK_INT; }
long is_ptr(long *t) { return t[TY_KIND] == TK_PTR; }
long is_scalar(long *t) { return t[TY_KIND] == TK_INT || t[TY_KIND] == TK_PTR; }
long is_struct(long *t) { return t[TY_KIND] == TK_STRUCT || t[TY_KIND] == TK_UNION; }
long is_void(long *t) { return t[TY_KIND] == TK_VOID; }

// align_up(n, a): n rounded up to a multiple of a (a power of two)
long align_up(long n, long a) { return (n + a - 1) & -a; }

// ---------------------------------------------------------------- scopes

long scope_depth;
long *scope_stk;
long scope_n;
long *file_syms;
long *globals_first;
long *globals_last;

// new_decl(kind, type): a declaration record
long *new_decl(long kind, long *type)
{
	long *d = alloc(D_SIZE * 8);
	d[D_KIND] = kind;
	d[D_TYPE] = type;
	return d;
}

// bind(sym, d): sym means d in the current scope (its tag if d is one)
void bind(long *sym, long *d)
{
	long f = S_DECL;
	if (d[D_KIND] == DK_TAG)
		f = S_TAG;
	d[D_SYM] = sym;
	d[D_DEPTH] = scope_depth;
	d[D_PREV] = sym[f];
	sym[f] = d;
	if (scope_depth > 0) {
		if (scope_n == 65536)
			error("too many names in one function");
		scope_stk[scope_n++] = d;
	} else
		file_name(sym);
}

// file_name(sym): sym has a meaning in this file only (a file-scope
// name or a macro)
void file_name(long *sym)
{
	long *n = alloc(16);
	n[0] = file_syms;
	n[1] = sym;
	file_syms = n;
}

// end_file(): forget the file's names and macros, and its statics
void end_file()
{
	long *n;
	long *sym;
	long *d;
	for (n = file_syms; n; n = n[0]) {
		sym = n[1];
		sym[S_DECL] = 0;
		sym[S_TAG] = 0;
		sym[S_MACRO] = 0;
		d = sym[S_GLOBAL];
		if (d && d[D_LABEL] != sym[S_NAME])
			sym[S_GLOBAL] = 0;
	}
	file_syms = 0;
}

// enter_scope(): a block begins; returns the mark leave_scope needs
long enter_scope()
{
	scope_depth++;
	return scope_n;
}

// leave_scope(mark): the block ends; its names get back what they hid
void leave_scope(long mark)
{
	long *d;
	long *sym;
	while (scope_n > mark) {
		d = scope_stk[--scope_n];
		sym = d[D_SYM];
		if (d[D_KIND] == DK_TAG)
			sym[S_TAG] = d[D_PREV];
		else
			sym[S_DECL] = d[D_PREV];
	}
	scope_depth--;
}

// in_scope(d): d was declared in the current scope
long in_scope(long *d) { return d && d[D_DEPTH] == scope_depth; }

// is_typedef(sym): sym names a type here
long is_typedef(long *sym)
{
	long *d = sym[S_DECL];
	return d && d[D_KIND] == DK_TYPEDEF;
}

// is_type_start(): the current token begins a declaration
long is_type_start()
{
	if (tok >= K_VOID && tok <= K_INLINE)
		return 1;
	return tok == T_IDENT && is_typedef(tok_sym);
}

// ---------------------------------------------------------------- objects

long *obj_first;
long *obj_last;
long label_count;

// new_object(label, type): an object of the data, in the order made
long *new_object(char *label, long *type)
{
	long *o = alloc(OB_SIZEOF * 8);
	o[OB_LABEL] = label;
	o[OB_SIZE] = type[TY_SIZE];
	o[OB_ALIGN] = type[TY_ALIGN];
	if (obj_last)
		obj_last[OB_NEXT] = o;
	else
		obj_first = o;
	obj_last = o;
	return o;
}

// unique_label(sym): "name.N", a label no other name has (statics)
char *unique_label(long *sym)
{
	label_count++;
	return str_cat(str_cat(sym[S_NAME], "."), fmt_num(label_count));
}

// declare_global(sym, t, storage): the file-scope declaration of sym
// (made, or the earlier one completed), bound in the current scope
long *declare_global(long *sym, long *t, long storage)
{
	long *d = sym[S_GLOBAL];
	long kind = DK_GLOBAL;
	long *old;
	long *o;
	if (t[TY_KIND] == TK_FUNC)
		kind = DK_FUNC;
	if (d) {
		if (d[D_KIND] != kind)
			error_sym("redeclared as a different kind", sym);
		old = d[D_TYPE];
		if (old[TY_KIND] == TK_ARRAY && old[TY_LEN] < 0 && t[TY_KIND] == TK_ARRAY)
			d[D_TYPE] = t;
		if (kind == DK_FUNC && old[TY_VAR] && old[TY_MEM] == 0)
			d[D_TYPE] = t;
		if (kind == DK_GLOBAL) {
			o = d[D_OBJ];
			o[OB_SIZE] = d[D_TYPE][TY_SIZE];
			if (storage != K_EXTERN)
				d[D_DEFINED] = 1;
			o[OB_DEFINED] = d[D_DEFINED];
		}
	} else {
		d = new_decl(kind, t);
		d[D_VAL] = d;
		d[D_SYM] = sym;
		d[D_LABEL] = sym[S_NAME];
		if (storage == K_STATIC)
			d[D_LABEL] = unique_label(sym);
		if (kind == DK_GLOBAL) {
			o = new_object(d[D_LABEL], t);
			d[D_OBJ] = o;
			d[D_DEFINED] = storage != K_EXTERN;
			o[OB_DEFINED] = d[D_DEFINED];
		}
		if (globals_last)
			globals_last[D_NEXTG] = d;
		else
			globals_first = d;
		globals_last = d;
		sym[S_GLOBAL] = d;
	}
	if (scope_depth == 0) {
		if (sym[S_DECL] != d)
			bind(sym, d);
		return d;
	}
	old = new_decl(kind, d[D_TYPE]);
	old[D_VAL] = d;
	old[D_LABEL] = d[D_LABEL];
	old[D_OBJ] = d[D_OBJ];
	bind(sym, old);
	return d;
}

// ---------------------------------------------------------------- specifiers

// decl_specs(): the specifiers of a declaration; its type (storage class
// in spec_storage)
long *decl_specs()
{
	long *t = 0;
	long n_uns = 0;
	long n_sig = 0;
	long n_short = 0;
	long n_long = 0;
	long n_char = 0;
	long n_int = 0;
	long n_void = 0;
	long seen = 0;
	long storage = 0;
	while (1) {
		if (tok == K_CONST || tok == K_VOLATILE || tok == K_REGISTER || tok == K_AUTO || tok == K_INLINE) {
			next();
			continue;
		}
		if (tok == K_TYPEDEF || tok == K_EXTERN || tok == K_STATIC) {
			if (storage)
				error("two storage classes");
			storage = tok;
			next();
			continue;
		}
		if (tok >= K_VOID && tok <= K_UNSIGNED) {
			if (tok == K_VOID) n_void++;
			else if (tok == K_CHAR) n_char++;
			else if (tok == K_SHORT) n_short++;
			else if (tok == K_INT) n_int++;
			else if (tok == K_LONG) n_long++;
			else if (tok == K_SIGNED) n_sig++;
			else n_uns++;
			seen = 1;
			next();
			continue;
		}
		if (tok == K_STRUCT || tok == K_UNION || tok == K_ENUM || tok == T_IDENT && !seen && is_typedef(tok_sym)) {
			if (seen)
				error("two types in one declaration");
			seen = 1;
			if (tok == K_ENUM)
				t = enum_spec();
			else if (tok == T_IDENT) {
				t = tok_sym[S_DECL][D_TYPE];
				next();
			} else
				t = struct_spec();
			continue;
		}
		break;
	}
	spec_storage = storage;
	if (t)
		return t;
	if (n_void)
		return t_void;
	if (n_char)
		return n_sig ? t_schar : t_char;
	if (n_short)
		return n_uns ? t_ushort : t_short;
	if (n_long)
		return n_uns ? t_ulong : t_long;
	if (n_int || n_uns || n_sig)
		return n_uns ? t_uint : t_int;
	error("expected a type");
}

// struct_spec(): struct or union, a tag and/or a list of members
long *struct_spec()
{
	long kind = TK_STRUCT;
	long *tag = 0;
	long *d;
	long *t;
	if (tok == K_UNION)
		kind = TK_UNION;
	next();
	if (tok == T_IDENT) {
		tag = tok_sym;
		next();
	}
	if (tok != '{') {
		if (tag == 0)
			error("expected a struct tag or '{'");
		d = tag[S_TAG];
		if (d && (tok != ';' || in_scope(d))) {
			t = d[D_TYPE];
			if (t[TY_KIND] != kind)
				error_sym("tag used for struct and union", tag);
			return t;
		}
		return new_tag(tag, kind);
	}
	next();
	if (tag && in_scope(tag[S_TAG]))
		t = tag[S_TAG][D_TYPE];
	else if (tag)
		t = new_tag(tag, kind);
	else {
		t = new_type(kind, 0, 1);
		t[TY_DONE] = 0;
	}
	if (t[TY_KIND] != kind)
		error_sym("tag used for struct and union", tag);
	if (t[TY_DONE])
		error_sym("redefinition of", tag);
	members(t);
	return t;
}

// new_tag(tag, kind): an incomplete struct or union named tag here
long *new_tag(long *tag, long kind)
{
	long *t = new_type(kind, 0, 1);
	long *d = new_decl(DK_TAG, t);
	t[TY_DONE] = 0;
	bind(tag, d);
	return t;
}

// members(t): the members of struct or union t up to '}', laid out as
// AAPCS64 does: each at a multiple of its alignment
void members(long *t)
{
	long *last = 0;
	long *m;
	long *base;
	long *mt;
	long off = 0;
	long size = 0;
	long align = 1;
	while (!accept('}')) {
		base = decl_specs();
		while (1) {
			mt = base;
			decl_name = 0;
			if (tok != ';')
				mt = declarator(base);
			if (decl_name == 0 && !is_struct(mt))
				error("expected a member name");
			if (mt[TY_KIND] == TK_STRUCT && !mt[TY_DONE] || mt[TY_KIND] == TK_UNION && !mt[TY_DONE] || is_void(mt) || mt[TY_KIND] == TK_FUNC)
				error("member of incomplete type");
			m = alloc(ME_SIZE * 8);
			m[ME_NAME] = decl_name;
			m[ME_TYPE] = mt;
			if (t[TY_KIND] == TK_STRUCT) {
				off = align_up(off, mt[TY_ALIGN]);
				m[ME_OFF] = off;
				off = off + mt[TY_SIZE];
				size = off;
			} else if (mt[TY_SIZE] > size)
				size = mt[TY_SIZE];
			if (mt[TY_ALIGN] > align)
				align = mt[TY_ALIGN];
			if (last)
				last[ME_NEXT] = m;
			else
				t[TY_MEM] = m;
			last = m;
			if (!accept(','))
				break;
		}
		expect(';');
	}
	t[TY_SIZE] = align_up(size, align);
	t[TY_ALIGN] = align;
	t[TY_DONE] = 1;
}

// find_member(t, sym): the member sym of struct or union t, members of
// anonymous members included; its offset in member_off
long *find_member(long *t, long *sym)
{
	long *m;
	long *r;
	for (m = t[TY_MEM]; m; m = m[ME_NEXT]) {
		if (m[ME_NAME] == sym) {
			member_off = m[ME_OFF];
			return m;
		}
		if (m[ME_NAME] == 0) {
			r = find_member(m[ME_TYPE], sym);
			if (r) {
				member_off = member_off + m[ME_OFF];
				return r;
			}
		}
	}
	return 0;
}

// enum_spec(): enum, a tag and/or a list of constants; the type is int
long *enum_spec()
{
	long v = 0;
	long *d;
	long *sym;
	next();
	if (tok == T_IDENT)
		next();
	if (!accept('{'))
		return t_int;
	while (tok != '}') {
		if (tok != T_IDENT)
			error("expected a name");
		sym = tok_sym;
		if (in_scope(sym[S_DECL]))
			error_sym("redefinition of", sym);
		next();
		if (accept('='))
			v = const_int();
		d = new_decl(DK_ENUM, t_int);
		d[D_VAL] = (v << 32) >> 32;
		bind(sym, d);
		v++;
		if (!accept(','))
			break;
	}
	expect('}');
	return t_int;
}

// ---------------------------------------------------------------- declarators

// A derivation: next, kind (DV_*), array length or parameters, variadic.
enum { DV_NEXT, DV_KIND, DV_VAL, DV_VAR, DV_SIZE };
enum { DV_PTR, DV_ARRAY, DV_FUNC };

// derive(kind, val, var, next): a derivation before next
long *derive(long kind, long val, long var, long *next)
{
	long *v = alloc(DV_SIZE * 8);
	v[DV_KIND] = kind;
	v[DV_VAL] = val;
	v[DV_VAR] = var;
	v[DV_NEXT] = next;
	return v;
}

// derivations(): a declarator's derivations, in the order they apply
// to the base type: its pointers, then its suffixes from the last to the
// first, then those of a declarator in parentheses; the name goes to
// decl_name
long *derivations()
{
	long n_ptr = 0;
	long *list = 0;
	long *p;
	long n;
	while (accept('*')) {
		while (tok == K_CONST || tok == K_VOLATILE)
			next();
		n_ptr++;
	}
	if (tok == '(') {
		next();
		if (tok == '*' || tok == '(' || tok == T_IDENT && !is_typedef(tok_sym)) {
			list = derivations();
			expect(')');
		} else {
			p = params();
			list = derive(DV_FUNC, p, param_var, 0);
		}
	} else if (tok == T_IDENT) {
		decl_name = tok_sym;
		next();
	}
	while (1) {
		if (accept('[')) {
			n = -1;
			if (tok != ']') {
				// a type name in the size must not take the declarator's name
				p = decl_name;
				n = const_int();
				decl_name = p;
				if (n < 0)
					error("negative array size");
			}
			expect(']');
			list = derive(DV_ARRAY, n, 0, list);
		} else if (accept('(')) {
			p = params();
			list = derive(DV_FUNC, p, param_var, list);
		} else
			break;
	}
	while (n_ptr > 0) {
		list = derive(DV_PTR, 0, 0, list);
		n_ptr--;
	}
	return list;
}

// declarator(base): a declarator, named or not; its type
long *declarator(long *base)
{
	long *v;
	long *t = base;
	decl_name = 0;
	for (v = derivations(); v; v = v[DV_NEXT]) {
		if (v[DV_KIND] == DV_PTR)
			t = ptr_to(t);
		else if (v[DV_KIND] == DV_ARRAY) {
			if (t[TY_KIND] == TK_FUNC || is_void(t))
				error("array of functions or void");
			t = array_of(t, v[DV_VAL]);
		} else
			t = func_type(t, v[DV_VAL], v[DV_VAR]);
	}
	return t;
}

// params(): a parameter list after its '(', through its ')'; the list
// of parameters (ME_ records), param_var if there may be more arguments
long *params()
{
	long *saved = decl_name;
	long *first = 0;
	long *last = 0;
	long *p;
	long *t;
	long var = 0;
	if (accept(')')) {
		param_var = 1;
		decl_name = saved;
		return 0;
	}
	while (1) {
		if (accept(P_ELLIPSIS)) {
			var = 1;
			break;
		}
		t = declarator(decl_specs());
		if (is_void(t) && decl_name == 0 && first == 0 && tok == ')')
			break;
		if (t[TY_KIND] == TK_ARRAY)
			t = ptr_to(t[TY_BASE]);
		else if (t[TY_KIND] == TK_FUNC)
			t = ptr_to(t);
		if (is_void(t) || is_struct(t))
			error("parameters of type void, struct or union are not in C0");
		p = alloc(ME_SIZE * 8);
		p[ME_NAME] = decl_name;
		p[ME_TYPE] = t;
		if (last)
			last[ME_NEXT] = p;
		else
			first = p;
		last = p;
		if (!accept(','))
			break;
	}
	expect(')');
	decl_name = saved;
	param_var = var;
	return first;
}

// type_name(): a type in a cast or sizeof
long *type_name()
{
	long *t = declarator(decl_specs());
	if (decl_name)
		error("unexpected name in a type");
	return t;
}

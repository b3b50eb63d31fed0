// cc0.b: cc0, the compiler of C0, written in B; the first of its files.
//
// Reads: C0 source files (docs/CHAIN.md, "C0: what cc0 compiles"),
// preprocessed as they are read.
// Writes: one P1 text file that ends with :ELF_end, to be assembled with
//     m1 prog.hex2 p1.m1 start.m1 prog.p1
//     hex2 prog.hex2 prog
// Usage: cc0 [-I DIR]... -o OUT IN...   the inputs are one program.
// Built: b cc0.p1 sys.b cc0.b lex.b decl.b expr.b gen.b stmt.b
// Errors: "cc0: FILE:LINE: what", status 1; OUT is written only once
// every input has compiled, so a failed run leaves none.
//
// Design. One pass over the text: the lexer preprocesses as it reads
// (includes and macros are a stack of sources), declarations are read
// and entered into scopes at once, and each statement writes its P1 as
// it is read. Only expressions are trees: a full expression is parsed
// into typed nodes (conversions made explicit), then generated as
// accumulator code: a value in a, "left; push_a; right; pop_b; op" for a
// binary operator. A value in a is always its type's value extended to
// 64 bits (sign- or zero-), so int arithmetic is 64-bit arithmetic
// followed by sx32 or zx32. Globals and strings are objects with a byte
// image and relocations, written at the end as data before the code.
// Memory comes from brk and is never given back; names are interned in
// a hash table and carry their current meaning, which scopes restore.
//
// Files, in order: cc0.b (constants, entry, memory, output, errors),
// lex.b (sources, preprocessor, tokens), decl.b (types, scopes,
// declarations), expr.b (expression trees, conversions, constants),
// gen.b (code for expressions), stmt.b (statements, functions,
// initializers, data). Records are arrays of words; the enums below name
// their fields.

// tokens: one-character operators are their character
enum { T_EOF, T_NUM, T_STR, T_IDENT };
enum {
	P_ARROW = 128, P_INC, P_DEC, P_SHL, P_SHR, P_LE, P_GE, P_EQ, P_NE,
	P_ANDAND, P_OROR, P_ADDEQ, P_SUBEQ, P_MULEQ, P_DIVEQ, P_MODEQ,
	P_ANDEQ, P_OREQ, P_XOREQ, P_SHLEQ, P_SHREQ, P_ELLIPSIS,
	K_VOID, K_CHAR, K_SHORT, K_INT, K_LONG, K_SIGNED, K_UNSIGNED,
	K_STRUCT, K_UNION, K_ENUM, K_TYPEDEF, K_EXTERN, K_STATIC, K_CONST,
	K_VOLATILE, K_REGISTER, K_AUTO, K_INLINE, K_IF, K_ELSE, K_WHILE,
	K_DO, K_FOR, K_SWITCH, K_CASE, K_DEFAULT, K_BREAK, K_CONTINUE,
	K_RETURN, K_SIZEOF, K_GOTO, K_SYSCALL, K_LAST
};

// an interned name: next in its bucket, text (NUL-terminated), length,
// keyword token, macro (0 or a record: text, length), macro being
// expanded, current ordinary meaning, current tag, file-scope meaning
enum { S_NEXT, S_NAME, S_LEN, S_KW, S_MACRO, S_ACTIVE, S_DECL, S_TAG, S_GLOBAL, S_SIZE };

// a source on the input stack (a file or a macro's text): the one below,
// its saved position, line, file name, directory, the macro's name (0
// for a file), and the depth of #ifdef when it was entered
enum { SR_PREV, SR_P, SR_LINE, SR_FILE, SR_DIR, SR_MACRO, SR_COND, SR_SIZE };

// a type: kind, size, alignment, base (pointee, element, return type),
// length of an array (-1: not given), unsigned, the pointer to it (made
// once), members or parameters, variadic or unprototyped, complete
enum { TY_KIND, TY_SIZE, TY_ALIGN, TY_BASE, TY_LEN, TY_UNS, TY_PTR, TY_MEM, TY_VAR, TY_DONE, TY_SIZEOF };
enum { TK_VOID, TK_INT, TK_PTR, TK_ARRAY, TK_FUNC, TK_STRUCT, TK_UNION };

// a member of a struct or union, or a parameter: next, name (0 for an
// anonymous struct or union member), type, offset
enum { ME_NEXT, ME_NAME, ME_TYPE, ME_OFF, ME_SIZE };

// a declaration: kind, type, value (a local's offset from fp, an enum
// constant), label (a global's or function's name in the output), its
// object (globals), scope depth, name, the meaning it hides, where it was
// first used (file, line), defined, used, next in the list of globals
enum {
	D_KIND, D_TYPE, D_VAL, D_LABEL, D_OBJ, D_DEPTH, D_SYM, D_PREV,
	D_FILE, D_LINE, D_DEFINED, D_USED, D_NEXTG, D_SIZE
};
enum { DK_LOCAL, DK_GLOBAL, DK_FUNC, DK_TYPEDEF, DK_ENUM, DK_TAG };

// an expression node: operator, type, operands, a value (a number, a
// local's offset, a label, an argument count)
enum { N_OP, N_TYPE, N_A, N_B, N_C, N_VAL, N_SIZE };
enum {
	O_NUM, O_VAR, O_GVAR, O_FUNC, O_STR, O_DEREF, O_ADDR, O_CAST,
	O_ADD, O_SUB, O_MUL, O_DIV, O_MOD, O_SHL, O_SHR, O_AND, O_OR, O_XOR,
	O_EQ, O_NE, O_LT, O_LE, O_GT, O_GE,
	O_LOGAND, O_LOGOR, O_NOT, O_NEG, O_BITNOT, O_COND, O_COMMA,
	O_ASSIGN, O_OPASSIGN, O_POSTINC, O_CALL, O_SYSCALL
};

// an object of the data (a global, a static local, a string): next,
// label, size, alignment, image (0: zeros), relocations (first, last),
// offsets that need their own label, has storage here
enum { OB_NEXT, OB_LABEL, OB_SIZE, OB_ALIGN, OB_IMAGE, OB_RELOCS, OB_RTAIL, OB_OFFS, OB_DEFINED, OB_SIZEOF };
// a relocation: next, offset in the image, target label, addend
enum { RL_NEXT, RL_OFF, RL_LABEL, RL_ADDEND, RL_SIZE };

enum { CHUNK = 65536, NBUCKET = 16384, MAXINC = 64 };

// the basic types (decl.b makes them)
long *t_void;
long *t_char;
long *t_schar;
long *t_short;
long *t_ushort;
long *t_int;
long *t_uint;
long *t_long;
long *t_ulong;

// ================================================================ memory

long heap_free;
long heap_end;

// heap_need(n): make the n bytes at heap_free usable, moving the break
// in steps of at least 4 MiB
void heap_need(long n)
{
	long want;
	if (heap_free + n <= heap_end)
		return;
	want = heap_free + n + 4194304;
	if (brk(want) != want)
		die("out of memory");
	heap_end = want;
}

// alloc(n): n zeroed bytes (the kernel's fresh pages), rounded up to 8
long *alloc(long n)
{
	long *p;
	n = (n + 7) & ~7;
	heap_need(n);
	p = heap_free;
	heap_free = heap_free + n;
	return p;
}

// str_len(s): the length of the NUL-terminated s
long str_len(char *s)
{
	char *p = s;
	while (*p)
		p++;
	return p - s;
}

// mem_eq(a, b, n): the n bytes at a and b are the same
long mem_eq(char *a, char *b, long n)
{
	long i = 0;
	while (i < n) {
		if (a[i] != b[i])
			return 0;
		i++;
	}
	return 1;
}

// mem_copy(d, s, n): copy n bytes from s to d
void mem_copy(char *d, char *s, long n)
{
	long i = 0;
	while (i < n) {
		d[i] = s[i];
		i++;
	}
}

// str_cat(a, b): a new string, a then b
char *str_cat(char *a, char *b)
{
	long la = str_len(a);
	long lb = str_len(b);
	char *s = alloc(la + lb + 1);
	mem_copy(s, a, la);
	mem_copy(s + la, b, lb);
	return s;
}

// ================================================================ files

// read_file(path): the whole file in memory with a NUL after it, or 0 if
// it cannot be opened
char *read_file(char *path)
{
	char *start;
	long fd = open(path, 0, 0);
	long len = 0;
	long n;
	if (fd < 0)
		return 0;
	start = heap_free;
	while (1) {
		heap_need(len + 65537);
		n = read(fd, start + len, 65536);
		if (n < 0)
			die_file(path, "cannot read");
		if (n == 0)
			break;
		len = len + n;
	}
	close(fd);
	start[len] = 0;
	alloc(len + 1);
	return start;
}

// ================================================================ output

// The output is two streams of 64 KiB chunks (next, bytes used, bytes):
// the code, written as it is generated, and the data, written at the end;
// OUT gets the data, then the code. ob is the current chunk's bytes.
long *out_chunk;
char *ob;
long on;
long *code_first;
long *data_first;

// stream_new(): start a stream; returns its first chunk
long *stream_new()
{
	if (out_chunk)
		out_chunk[1] = on;
	out_chunk = alloc(CHUNK + 16);
	ob = out_chunk + 16;
	on = 0;
	return out_chunk;
}

// out_room(n): the current chunk has room for n more bytes
void out_room(long n)
{
	long *c;
	if (on + n <= CHUNK)
		return;
	c = alloc(CHUNK + 16);
	out_chunk[0] = c;
	out_chunk[1] = on;
	out_chunk = c;
	ob = c + 16;
	on = 0;
}

// emit_c(c): one byte
void emit_c(long c)
{
	if (on == CHUNK)
		out_room(1);
	ob[on] = c;
	on++;
}

// emit(s): the NUL-terminated s
void emit(char *s)
{
	while (*s) {
		if (on == CHUNK)
			out_room(1);
		ob[on] = *s;
		on++;
		s++;
	}
}

char numbuf[32];

// fmt_num(n): the decimal text of n in numbuf; the digits come from
// -|n|, which fits even for the most negative n
char *fmt_num(long n)
{
	char *p = numbuf + 31;
	long neg = n < 0;
	*p = 0;
	if (!neg)
		n = -n;
	do {
		*--p = '0' - n % 10;
		n = n / 10;
	} while (n);
	if (neg)
		*--p = '-';
	return p;
}

// emit_num(n): n in decimal
void emit_num(long n) { emit(fmt_num(n)); }

// write_stream(fd, c): every chunk from c; 0, or -1 on an error
long write_stream(long fd, long *c)
{
	long done;
	long n;
	while (c) {
		done = 0;
		while (done < c[1]) {
			n = write(fd, c + 16 + done, c[1] - done);
			if (n <= 0)
				return -1;
			done = done + n;
		}
		c = c[0];
	}
	return 0;
}

// write_output(path): OUT gets the data stream, then the code stream
void write_output(char *path)
{
	long fd;
	out_chunk[1] = on;
	fd = open(path, 577, 420);
	if (fd < 0)
		die_file(path, "cannot create");
	if (write_stream(fd, data_first) < 0 || write_stream(fd, code_first) < 0)
		die_file(path, "cannot write");
	close(fd);
}

// ================================================================ errors

// The current token's place, for messages (set by the lexer).
char *tok_file;
long tok_line;

// eputs(s): s to stderr
void eputs(char *s) { write(2, s, str_len(s)); }

// err_begin(): "cc0: FILE:LINE: "
void err_begin()
{
	eputs("cc0: ");
	eputs(tok_file);
	eputs(":");
	eputs(fmt_num(tok_line));
	eputs(": ");
}

// error(msg): "cc0: FILE:LINE: msg", status 1
void error(char *msg)
{
	err_begin();
	eputs(msg);
	eputs("\n");
	exit(1);
}

// error_name(msg, name, len): "cc0: FILE:LINE: msg 'name'"
void error_name(char *msg, char *name, long len)
{
	err_begin();
	eputs(msg);
	eputs(" '");
	write(2, name, len);
	eputs("'\n");
	exit(1);
}

// error_sym(msg, sym): error_name with an interned name
void error_sym(char *msg, long *sym) { error_name(msg, sym[S_NAME], sym[S_LEN]); }

// die(msg): "cc0: msg", for what has no place in the source
void die(char *msg)
{
	eputs("cc0: ");
	eputs(msg);
	eputs("\n");
	exit(1);
}

// die_file(path, msg): "cc0: path: msg"
void die_file(char *path, char *msg)
{
	eputs("cc0: ");
	eputs(path);
	eputs(": ");
	eputs(msg);
	eputs("\n");
	exit(1);
}

// ================================================================ entry

// the -I directories
long inc_dirs[MAXINC];
long n_inc;

// main(argc, argv): read the options, compile the inputs in order, check
// that every used function and object is defined, write OUT
long main(long argc, char **argv)
{
	char *out = 0;
	long first = 0;
	long i = 1;
	heap_free = brk(0);
	heap_end = heap_free;
	while (i < argc && first == 0) {
		if (str_eq(argv[i], "-o") && i + 1 < argc) {
			out = argv[i + 1];
			i = i + 2;
		} else if (str_eq(argv[i], "-I") && i + 1 < argc) {
			if (n_inc == MAXINC)
				die("too many -I");
			inc_dirs[n_inc] = argv[i + 1];
			n_inc++;
			i = i + 2;
		} else
			first = i;
	}
	if (out == 0 || first == 0)
		die("usage: cc0 [-I DIR]... -o OUT IN...");
	init();
	code_first = stream_new();
	for (i = first; i < argc; i++)
		compile_file(argv[i]);
	finish_program();
	write_output(out);
	return 0;
}

// str_eq(a, b): the NUL-terminated a and b are equal
long str_eq(char *a, char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

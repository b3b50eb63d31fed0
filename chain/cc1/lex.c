/* lex.c: a file's text as a list of preprocessing tokens (C99 6.4),
 * ending with a TK_EOF token. Line splices are removed first; each token
 * knows its file and line, whether it starts a line and whether white
 * space comes before it. Identifiers are interned: one Name per
 * spelling, which holds the macro, the keyword and the symbols of that
 * name. */
#include "cc1.h"

enum { NHASH = 1 << 16 };
static Name *names[NHASH];

Name *intern(char *s, int len)
{
	unsigned long h = 2166136261;
	Name *n;
	int i;

	for (i = 0; i < len; i++)
		h = (h ^ (s[i] & 255)) * 16777619;
	h &= NHASH - 1;
	for (n = names[h]; n; n = n->hnext)
		if (n->len == len && memcmp(n->s, s, len) == 0)
			return n;
	n = alloc(sizeof(Name));
	n->s = dupn(s, len);
	n->len = len;
	n->hnext = names[h];
	names[h] = n;
	return n;
}

/* The punctuators of more than one character, longest first, and the
 * digraphs, with what each stands for. */
static char *puncts[] = {
	"%:%:", "<<=", ">>=", "...", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=",
	"&&", "||", "*=", "/=", "%=", "+=", "-=", "&=", "^=", "|=", "##",
	"<:", ":>", "<%", "%>", "%:", 0
};
static int punct_codes[] = {
	P_PASTE, P_SHLEQ, P_SHREQ, P_ELLIPSIS, P_ARROW, P_INC, P_DEC, P_SHL, P_SHR, P_LE, P_GE,
	P_EQ, P_NE, P_LAND, P_LOR, P_MULEQ, P_DIVEQ, P_MODEQ, P_ADDEQ, P_SUBEQ, P_ANDEQ,
	P_XOREQ, P_OREQ, P_PASTE, '[', ']', '{', '}', '#'
};

static int is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' ||
	       (c & 0x80);
}

static int is_alnum(int c)
{
	return is_alpha(c) || (c >= '0' && c <= '9');
}

/* the text without line splices; *splices gets the offsets in it where
 * a newline was removed, so that tokens keep their physical lines */
static char *unsplice(char *p, long n, long **splices)
{
	char *q = alloc(n + 2);
	long i, j = 0, k = 0;
	long *sp = 0;

	for (i = 0; i < n; i++) {
		if (p[i] == '\\' && i + 1 < n && (p[i + 1] == '\n' ||
		    (p[i + 1] == '\r' && i + 2 < n && p[i + 2] == '\n'))) {
			i += p[i + 1] == '\r' ? 2 : 1;
			if ((k & (k - 1)) == 0)
				sp = grow(sp, k, k + 1, sizeof(long));
			sp[k++] = j;
		} else {
			q[j++] = p[i];
		}
	}
	if (j == 0 || q[j - 1] != '\n')
		q[j++] = '\n';
	q[j] = 0;
	sp = grow(sp, k, k + 1, sizeof(long));
	sp[k] = j + 1;
	*splices = sp;
	return q;
}

/* the length of a quoted literal starting at p (its quote), or 0 when
 * it does not end on its line: then the quote is a token of its own */
static int quoted_len(char *p)
{
	char *q = p + 1;

	while (*q != *p) {
		if (*q == '\n' || *q == 0)
			return 0;
		if (*q == '\\')
			q++;
		q++;
	}
	return q + 1 - p;
}

Tok *lex(File *f, char *src, long n)
{
	long *splice;
	char *p = unsplice(src, n, &splice), *start = p;
	Tok head;
	Tok *cur = &head;
	Tok *t;
	int line = 1, flags = TF_BOL, len, kind, punct, i;
	char *q;

	head.next = 0;
	for (;;) {
		if (*p == '\n') {
			p++;
			line++;
			flags = TF_BOL;
			continue;
		}
		if (*p && strchr(" \t\r\f\v", *p)) {
			p++;
			flags |= TF_SPACE;
			continue;
		}
		if (p[0] == '/' && p[1] == '/') {
			while (*p != '\n')
				p++;
			flags |= TF_SPACE;
			continue;
		}
		if (p[0] == '/' && p[1] == '*') {
			q = p + 2;
			while (*q && !(q[0] == '*' && q[1] == '/')) {
				if (*q == '\n')
					line++;
				q++;
			}
			if (!*q)
				error_at(f, line, "unterminated comment");
			p = q + 2;
			flags |= TF_SPACE;
			continue;
		}
		while (*splice <= p - start) {
			splice++;
			line++;
		}
		kind = *p ? TK_PUNCT : TK_EOF;
		punct = 0;
		len = *p != 0;
		q = p;
		if (*q == 'u' && q[1] == '8' && q[2] == '"')
			q += 2;
		else if ((*q == 'L' || *q == 'u' || *q == 'U') && (q[1] == '"' || q[1] == '\''))
			q++;
		if (!*p) {
			flags = TF_BOL;
		} else if ((*q == '"' || *q == '\'') && quoted_len(q)) {
			kind = *q == '"' ? TK_STR : TK_CHAR;
			len = q - p + quoted_len(q);
		} else if (is_alpha(*p)) {
			kind = TK_IDENT;
			while (is_alnum(p[len]))
				len++;
		} else if ((*p >= '0' && *p <= '9') || (*p == '.' && p[1] >= '0' && p[1] <= '9')) {
			kind = TK_NUM;
			for (;;) {
				if (p[len] && p[len + 1] && (p[len + 1] == '+' || p[len + 1] == '-') &&
				    (p[len] == 'e' || p[len] == 'E' || p[len] == 'p' || p[len] == 'P'))
					len += 2;
				else if (is_alnum(p[len]) || p[len] == '.')
					len++;
				else
					break;
			}
		} else {
			punct = *p & 255;
			for (i = 0; puncts[i]; i++) {
				int m = strlen(puncts[i]);
				if (memcmp(p, puncts[i], m) == 0) {
					len = m;
					punct = punct_codes[i];
					break;
				}
			}
			if (!strchr("!%&()*+,-./:;<=>?[]^{|}~#", *p))
				kind = TK_OTHER;
		}
		t = alloc(sizeof(Tok));
		t->kind = kind;
		t->punct = punct;
		t->flags = flags;
		t->s = p;
		t->len = len;
		t->file = f;
		t->line = line;
		if (kind == TK_IDENT)
			t->name = intern(p, len);
		cur = cur->next = t;
		if (kind == TK_EOF)
			return head.next;
		p += len;
		flags = 0;
	}
}

int hex_digit(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* each simple escape's letter, then what it stands for */
static char escapes[] = "n\nt\tr\ra\ab\bf\fv\ve\033";

/* The character or escape sequence at *pp (C99 6.4.4.4), which it
 * passes; 1 if it was a universal character name. */
int lex_escape(char **pp, long *v)
{
	char *p = *pp;
	int n, d, ucn = 0;

	if (*p != '\\') {
		*v = *p & 255;
		*pp = p + 1;
		return 0;
	}
	p++;
	*v = *p++;
	for (n = 0; escapes[n] && escapes[n] != *v; n += 2)
		;
	if (escapes[n]) {
		*v = escapes[n + 1];
	} else if (*v == 'x') {
		*v = 0;
		while (hex_digit(*p) >= 0)
			*v = *v * 16 + hex_digit(*p++);
	} else if (*v == 'u' || *v == 'U') {
		n = *v == 'u' ? 4 : 8;
		*v = 0;
		ucn = 1;
		while (n-- && (d = hex_digit(*p)) >= 0) {
			*v = *v * 16 + d;
			p++;
		}
	} else if (*v >= '0' && *v <= '7') {
		*v -= '0';
		for (n = 0; n < 2 && *p >= '0' && *p <= '7'; n++)
			*v = *v * 8 + *p++ - '0';
	}
	*pp = p;
	return ucn;
}

/* One UTF-8 sequence at *pp, as a code point. */
long lex_utf8(char **pp)
{
	unsigned char *p = (unsigned char *)*pp;
	long v = *p;
	int n = 0;

	if (v >= 0xf0)
		n = 3, v &= 7;
	else if (v >= 0xe0)
		n = 2, v &= 15;
	else if (v >= 0xc0)
		n = 1, v &= 31;
	p++;
	while (n-- && (*p & 0xc0) == 0x80)
		v = v << 6 | (*p++ & 63);
	*pp = (char *)p;
	return v;
}

/* The value of a character constant: a plain one is an int made of its
 * bytes (the last one lowest), a wide one the code point of its first
 * character. */
long char_const(Tok *t)
{
	char *p = t->s;
	long v = 0, c;
	int wide = *p != '\'', n = 0;

	while (*p != '\'')
		p++;
	p++;
	while (*p != '\'') {
		if (wide && *p != '\\')
			c = lex_utf8(&p);
		else
			lex_escape(&p, &c);
		if (wide)
			return *t->s == 'u' ? (c & 0xffff) : c;
		v = v << 8 | (c & 255);
		n++;
	}
	if (n == 1)
		return (char)v;
	return (int)v;
}

/* An integer constant: its value, and in *flags 1 for a u suffix, 2 or
 * 4 for l or ll, 8 for a base other than ten. 0 in *ok if it is not an
 * integer constant. */
unsigned long lex_int(Tok *t, int *flags, int *ok)
{
	char *p = t->s, *end = t->s + t->len;
	unsigned long v = 0;
	int base = 10, d;

	*flags = 0;
	*ok = 1;
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X') && end - p > 2)
		base = 16, p += 2;
	else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B') && end - p > 2)
		base = 2, p += 2;
	else if (p[0] == '0')
		base = 8;
	if (base != 10)
		*flags = 8;
	for (; p < end && (d = hex_digit(*p)) >= 0 && d < base; p++)
		v = v * base + d;
	for (; p < end; p++) {
		if ((*p == 'u' || *p == 'U') && !(*flags & 1))
			*flags |= 1;
		else if ((*p == 'l' || *p == 'L') && !(*flags & 6))
			*flags |= (p + 1 < end && p[1] == *p) ? (p++, 4) : 2;
		else {
			*ok = 0;
			break;
		}
	}
	return v;
}

/* a new translation unit starts without macros */
void names_clear_macros(void)
{
	Name *n;
	int i;

	for (i = 0; i < NHASH; i++)
		for (n = names[i]; n; n = n->hnext)
			n->mac = 0;
}

/* the binary operator at t: its precedence (0 if none) and in *op its
 * node (negated for > and >=, which are < and <= the other way round) */
static int bin_puncts[] = {
	'*', '/', '%', '+', '-', P_SHL, P_SHR, '<', '>', P_LE, P_GE, P_EQ, P_NE, '&', '^', '|',
	P_LAND, P_LOR, 0
};
static int bin_ops[] = {
	N_MUL, N_DIV, N_MOD, N_ADD, N_SUB, N_SHL, N_SHR, N_LT, -N_LT, N_LE, -N_LE, N_EQ, N_NE,
	N_AND, N_XOR, N_OR, N_LAND, N_LOR
};
static int bin_precs[] = { 10, 10, 10, 9, 9, 8, 8, 7, 7, 7, 7, 6, 6, 5, 4, 3, 2, 1 };

int binary_op(Tok *t, int *op)
{
	int i;

	for (i = 0; t->kind == TK_PUNCT && bin_puncts[i]; i++)
		if (t->punct == bin_puncts[i]) {
			*op = bin_ops[i];
			return bin_precs[i];
		}
	return 0;
}

/* a op b for C's integer operators, unsigned if uns; 0 in *ok for a
 * division by zero */
long fold_int(int op, long a, long b, int uns, int *ok)
{
	unsigned long ua = a, ub = b;

	if (op == N_ADD)
		return ua + ub;
	if (op == N_SUB)
		return ua - ub;
	if (op == N_MUL)
		return ua * ub;
	if ((op == N_DIV || op == N_MOD) && b == 0)
		*ok = 0;
	if ((op == N_DIV || op == N_MOD) && b == 0)
		return 0;
	if (op == N_DIV)
		return uns ? (long)(ua / ub) : b == -1 ? (long)(0 - ua) : a / b;
	if (op == N_MOD)
		return uns ? (long)(ua % ub) : b == -1 ? 0 : a % b;
	if (op == N_AND)
		return a & b;
	if (op == N_OR)
		return a | b;
	if (op == N_XOR)
		return a ^ b;
	if (op == N_SHL)
		return ua << (b & 63);
	if (op == N_SHR)
		return uns ? (long)(ua >> (b & 63)) : a >> (b & 63);
	if (op == N_EQ)
		return a == b;
	if (op == N_NE)
		return a != b;
	if (op == N_LT)
		return uns ? ua < ub : a < b;
	return uns ? ua <= ub : a <= b;
}

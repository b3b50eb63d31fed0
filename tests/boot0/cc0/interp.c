/* interp: a small interpreter, the kind of program cc1 is: a lexer over
 * a string, a tree of tagged nodes (a union), a symbol table hashed by
 * name, an evaluator with a table of operators, errors by status */
#include "t.h"

enum kind { NUM, VAR, BIN, NEG, ASSIGN, SEQ };

struct node {
	enum kind kind;
	union {
		long num;
		struct { const char *name; int len; } var;
		struct { int op; struct node *l, *r; } bin;
	} u;
};

struct sym { char name[16]; long value; struct sym *next; };

static struct sym *buckets[64];
static const char *src;
static int tok;
static long tok_num;
static const char *tok_name;
static int tok_len;

static unsigned hash(const char *s, int n)
{
	unsigned h = 5381;
	while (n--)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

static struct sym *lookup(const char *name, int n)
{
	struct sym **b = &buckets[hash(name, n) & 63];
	struct sym *s;
	for (s = *b; s; s = s->next)
		if (strncmp(s->name, name, n) == 0 && s->name[n] == 0)
			return s;
	s = calloc(1, sizeof *s);
	memcpy(s->name, name, n);
	s->next = *b;
	*b = s;
	return s;
}

static void next(void)
{
	while (*src == ' ')
		src++;
	if (*src >= '0' && *src <= '9') {
		tok_num = 0;
		while (*src >= '0' && *src <= '9')
			tok_num = tok_num * 10 + (*src++ - '0');
		tok = 'n';
		return;
	}
	if (*src >= 'a' && *src <= 'z') {
		tok_name = src;
		while (*src >= 'a' && *src <= 'z')
			src++;
		tok_len = src - tok_name;
		tok = 'v';
		return;
	}
	tok = *src;
	if (*src)
		src++;
}

static struct node *mk(enum kind k)
{
	struct node *n = calloc(1, sizeof *n);
	n->kind = k;
	return n;
}

static struct node *expr(void);

static struct node *atom(void)
{
	struct node *n;
	if (tok == 'n') {
		n = mk(NUM);
		n->u.num = tok_num;
		next();
		return n;
	}
	if (tok == 'v') {
		n = mk(VAR);
		n->u.var.name = tok_name;
		n->u.var.len = tok_len;
		next();
		if (tok == '=') {
			struct node *a = mk(ASSIGN);
			next();
			a->u.bin.l = n;
			a->u.bin.r = expr();
			return a;
		}
		return n;
	}
	if (tok == '(') {
		next();
		n = expr();
		if (tok != ')')
			exit(3);
		next();
		return n;
	}
	if (tok == '-') {
		next();
		n = mk(NEG);
		n->u.bin.l = atom();
		return n;
	}
	exit(2);
	return 0;
}

static int prec(int t)
{
	switch (t) {
	case '+': case '-': return 1;
	case '*': case '/': case '%': return 2;
	case '^': return 3;
	}
	return 0;
}

static struct node *binary(int min)
{
	struct node *l = atom(), *n;
	int op, p;
	while ((p = prec(tok)) >= min && p) {
		op = tok;
		next();
		n = mk(BIN);
		n->u.bin.op = op;
		n->u.bin.l = l;
		n->u.bin.r = binary(op == '^' ? p : p + 1);
		l = n;
	}
	return l;
}

static struct node *expr(void) { return binary(1); }

static long op_add(long a, long b) { return a + b; }
static long op_sub(long a, long b) { return a - b; }
static long op_mul(long a, long b) { return a * b; }
static long op_div(long a, long b) { return b ? a / b : 0; }
static long op_mod(long a, long b) { return b ? a % b : 0; }
static long op_pow(long a, long b) { long r = 1; while (b-- > 0) r *= a; return r; }

static struct { int op; long (*fn)(long, long); } optab[] = {
	{'+', op_add}, {'-', op_sub}, {'*', op_mul}, {'/', op_div}, {'%', op_mod}, {'^', op_pow},
};

static long eval(struct node *n)
{
	unsigned i;
	switch (n->kind) {
	case NUM:
		return n->u.num;
	case VAR:
		return lookup(n->u.var.name, n->u.var.len)->value;
	case NEG:
		return -eval(n->u.bin.l);
	case ASSIGN:
		return lookup(n->u.bin.l->u.var.name, n->u.bin.l->u.var.len)->value = eval(n->u.bin.r);
	case BIN:
		for (i = 0; i < sizeof optab / sizeof optab[0]; i++)
			if (optab[i].op == n->u.bin.op)
				return optab[i].fn(eval(n->u.bin.l), eval(n->u.bin.r));
	default:
		exit(4);
	}
	return 0;
}

static const char *program[] = {
	"x = 6 * 7",
	"y = x - 2 ^ 3 ^ 2 / 64",
	"z = (x + y) * -3 % 1000",
	"big = 2 ^ 62 + (2 ^ 62 - 1)",
	"x * y + z",
	"count = count + 1",
	"count = count + 1",
	"count * 100 + big % 97",
	0,
};

int main(void)
{
	int i;
	for (i = 0; program[i]; i++) {
		src = program[i];
		next();
		put_str(program[i]);
		put_str(" => ");
		put_num(eval(expr()));
		put_char('\n');
	}
	return 0;
}

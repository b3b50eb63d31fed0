/* Derived forms, rewritten into core forms before compiling:
 * let* letrec letrec* named let, let-values let*-values, cond case when
 * unless do, quasiquote, define-record-type, pmatch.
 * Core forms (compile.c): quote if define set! lambda begin let and or. */
#include "scheme1.h"

obj syms[NSYMS];

static const char *const sym_names[NSYMS] = {
	"quote", "quasiquote", "unquote", "unquote-splicing", "lambda", "define",
	"set!", "if", "begin", "let", "let*", "letrec", "letrec*",
	"let-values", "let*-values", "cond", "case", "and", "or", "when",
	"unless", "do", "define-record-type", "pmatch", "else", "=>",
	"guard", "_",
	"%list", "%apply", "%call-with-values", "%memv", "%equal?", "%eq?",
	"%car", "%cdr", "%pair?", "%null?", "%error", "%make-record-type",
	"%record", "%record?", "%record-ref", "%record-set!", "%cons",
	"%append", "%record-lambda",
};

void syms_init(void)
{
	int i;
	for (i = 0; i < NSYMS; i++)
		syms[i] = intern_c(sym_names[i]);
}

static obj list1(obj a) { return cons(a, NIL); }
static obj list2(obj a, obj b) { return cons(a, list1(b)); }
static obj list3(obj a, obj b, obj c) { return cons(a, list2(b, c)); }
static obj list4(obj a, obj b, obj c, obj d) { return cons(a, list3(b, c, d)); }

static obj quoted(obj x)
{
	return list2(syms[S_QUOTE], x);
}

static obj nthcdr(obj form, int n)
{
	while (n-- > 0) {
		if (!IS_PAIR(form))
			return UNDEF;
		form = CDR(form);
	}
	return form;
}

static obj nth(obj form, int n)
{
	form = nthcdr(form, n);
	return IS_PAIR(form) ? CAR(form) : UNDEF;
}

static obj need(obj form, obj v)
{
	if (v == UNDEF)
		syntax_error(form);
	return v;
}

static obj body_of(obj form, int n)
{
	obj b = nthcdr(form, n);
	if (!IS_PAIR(b))
		syntax_error(form);
	return b;
}

static obj make_begin(obj body)
{
	if (IS_PAIR(body) && CDR(body) == NIL)
		return CAR(body);
	return cons(syms[S_BEGIN], body);
}

/* (let* ((a x) (b y)) body) => (let ((a x)) (let* ((b y)) body)) */
static obj expand_let_star(obj form)
{
	obj bindings = need(form, nth(form, 1)), body = body_of(form, 2);
	if (bindings != NIL && !IS_PAIR(bindings))
		syntax_error(form);
	if (bindings == NIL || CDR(bindings) == NIL)
		return cons(syms[S_LET], cons(bindings, body));
	return list3(syms[S_LET], list1(CAR(bindings)),
		     cons(syms[S_LETSTAR], cons(CDR(bindings), body)));
}

/* (letrec ((a x)) body) => (let () (define a x) (let () body)) */
static obj expand_letrec(obj form)
{
	obj bindings = need(form, nth(form, 1)), body = body_of(form, 2);
	obj defs = NIL, b;
	for (b = bindings; IS_PAIR(b); b = CDR(b)) {
		if (!IS_PAIR(CAR(b)) || !IS_SYMBOL(CAR(CAR(b))))
			syntax_error(form);
		defs = cons(cons(syms[S_DEFINE], CAR(b)), defs);
	}
	if (b != NIL)
		syntax_error(form);
	defs = cons(cons(syms[S_LET], cons(NIL, body)), defs);
	return cons(syms[S_LET], cons(NIL, reverse_list(defs)));
}

/* (let name ((v i) ...) body) => ((let () (define name (lambda (v ...) body)) name) i ...) */
static obj expand_named_let(obj form)
{
	obj name = nth(form, 1), bindings = need(form, nth(form, 2));
	obj body = body_of(form, 3), vars = NIL, inits = NIL, b, lam;
	for (b = bindings; IS_PAIR(b); b = CDR(b)) {
		if (list_length(CAR(b)) != 2)
			syntax_error(form);
		vars = cons(CAR(CAR(b)), vars);
		inits = cons(CAR(CDR(CAR(b))), inits);
	}
	if (b != NIL)
		syntax_error(form);
	lam = cons(syms[S_LAMBDA], cons(reverse_list(vars), body));
	return cons(list4(syms[S_LET], NIL, list3(syms[S_DEFINE], name, lam), name),
		    reverse_list(inits));
}

/* (let-values (((a b) x) ((c) y)) body) =>
 * (let ((t1 (%call-with-values (lambda () x) %list)) (t2 ...))
 *   (%apply (lambda (a b) (%apply (lambda (c) body) t2)) t1)) */
static obj expand_let_values(obj form)
{
	obj bindings = need(form, nth(form, 1)), body = body_of(form, 2);
	obj temps = NIL, lets = NIL, b, inner, t;
	for (b = bindings; IS_PAIR(b); b = CDR(b)) {
		obj bind = CAR(b), init;
		if (list_length(bind) != 2)
			syntax_error(form);
		t = gensym();
		init = list3(syms[S_P_CALL_WITH_VALUES],
			     list3(syms[S_LAMBDA], NIL, CAR(CDR(bind))), syms[S_P_LIST]);
		lets = cons(list2(t, init), lets);
		temps = cons(cons(CAR(bind), t), temps);
	}
	if (b != NIL)
		syntax_error(form);
	if (temps == NIL)
		return cons(syms[S_LET], cons(NIL, body));
	/* temps is reversed: wrap the innermost (last) binding first */
	inner = make_begin(body);
	for (t = temps; t != NIL; t = CDR(t))
		inner = list3(syms[S_P_APPLY],
			      list3(syms[S_LAMBDA], CAR(CAR(t)), inner), CDR(CAR(t)));
	return list3(syms[S_LET], reverse_list(lets), inner);
}

/* (let*-values (((a b) x) rest ...) body) =>
 * (%call-with-values (lambda () x) (lambda (a b) (let*-values (rest ...) body))) */
static obj expand_let_star_values(obj form)
{
	obj bindings = need(form, nth(form, 1)), body = body_of(form, 2), bind;
	if (bindings == NIL)
		return cons(syms[S_LET], cons(NIL, body));
	if (!IS_PAIR(bindings) || list_length(CAR(bindings)) != 2)
		syntax_error(form);
	bind = CAR(bindings);
	return list3(syms[S_P_CALL_WITH_VALUES],
		     list3(syms[S_LAMBDA], NIL, CAR(CDR(bind))),
		     list3(syms[S_LAMBDA], CAR(bind),
			   cons(syms[S_LETSTAR_VALUES], cons(CDR(bindings), body))));
}

static obj expand_cond_clauses(obj form, obj clauses)
{
	obj clause, test, rest;
	if (clauses == NIL)
		return UNSPEC;
	if (!IS_PAIR(clauses) || !IS_PAIR(CAR(clauses)))
		syntax_error(form);
	clause = CAR(clauses);
	test = CAR(clause);
	if (test == syms[S_ELSE]) {
		if (!IS_PAIR(CDR(clause)))
			syntax_error(form);
		return make_begin(CDR(clause));
	}
	rest = expand_cond_clauses(form, CDR(clauses));
	if (CDR(clause) == NIL)
		return list3(syms[S_OR], test, rest);
	if (CAR(CDR(clause)) == syms[S_ARROW]) {
		obj t = gensym();
		obj f = need(form, nth(clause, 2));
		return list3(syms[S_LET], list1(list2(t, test)),
			     list4(syms[S_IF], t, list2(f, t), rest));
	}
	return list4(syms[S_IF], test, make_begin(CDR(clause)), rest);
}

static obj expand_cond(obj form)
{
	if (list_length(form) > MAX_DEPTH)
		syntax_limit("cond: too many clauses");
	return expand_cond_clauses(form, CDR(form));
}

/* (case key ((d ...) e ...) ... (else e ...)) =>
 * (let ((k key)) (cond ((%memv k '(d ...)) e ...) ... (else e ...))) */
static obj expand_case(obj form)
{
	obj k = gensym(), key = need(form, nth(form, 1)), c;
	obj clauses = NIL;
	for (c = CDR(CDR(form)); IS_PAIR(c); c = CDR(c)) {
		obj clause = CAR(c), test;
		if (!IS_PAIR(clause))
			syntax_error(form);
		if (CAR(clause) == syms[S_ELSE])
			test = syms[S_ELSE];
		else
			test = list3(syms[S_P_MEMV], k, quoted(CAR(clause)));
		if (IS_PAIR(CDR(clause)) && CAR(CDR(clause)) == syms[S_ARROW])
			clauses = cons(cons(test, list2(syms[S_ARROW], need(form, nth(clause, 2)))), clauses);
		else
			clauses = cons(cons(test, CDR(clause)), clauses);
	}
	return list3(syms[S_LET], list1(list2(k, key)), cons(syms[S_COND], reverse_list(clauses)));
}

static obj expand_when(obj form)
{
	obj test = need(form, nth(form, 1)), body = make_begin(body_of(form, 2));
	if (CAR(form) == syms[S_UNLESS])
		return list4(syms[S_IF], test, UNSPEC, body);
	return list4(syms[S_IF], test, body, UNSPEC);
}

/* (do ((v i s) ...) (test r ...) body ...) =>
 * (let loop ((v i) ...) (if test (begin #f r ...) (begin body ... (loop s ...)))) */
static obj expand_do(obj form)
{
	obj specs = need(form, nth(form, 1)), end = need(form, nth(form, 2));
	obj body = nthcdr(form, 3), loop = gensym(), s;
	obj binds = NIL, steps = NIL, result, seq;
	for (s = specs; IS_PAIR(s); s = CDR(s)) {
		obj spec = CAR(s);
		if (!IS_PAIR(spec) || !IS_PAIR(CDR(spec)))
			syntax_error(form);
		binds = cons(list2(CAR(spec), CAR(CDR(spec))), binds);
		steps = cons(IS_PAIR(CDR(CDR(spec))) ? CAR(CDR(CDR(spec))) : CAR(spec), steps);
	}
	if (s != NIL || !IS_PAIR(end) || list_length(body) < 0)
		syntax_error(form);
	result = CDR(end) == NIL ? UNSPEC : make_begin(CDR(end));
	/* body ... (loop s ...) */
	seq = reverse_list(cons(cons(loop, reverse_list(steps)), reverse_list(body)));
	return list4(syms[S_LET], loop, reverse_list(binds),
		     list4(syms[S_IF], CAR(end), result, cons(syms[S_BEGIN], seq)));
}

static obj quasi(obj form, obj x, int depth)
{
	if (depth > MAX_DEPTH)
		syntax_error(form);
	if (!IS_PAIR(x)) {
		if (IS_SYMBOL(x) || x == NIL)
			return quoted(x);
		return x;
	}
	if (CAR(x) == syms[S_UNQUOTE])
		return need(form, nth(x, 1));
	if (IS_PAIR(CAR(x)) && CAR(CAR(x)) == syms[S_UNQUOTE_SPLICING])
		return list3(syms[S_P_APPEND], need(form, nth(CAR(x), 1)),
			     quasi(form, CDR(x), depth + 1));
	return list3(syms[S_P_CONS], quasi(form, CAR(x), depth + 1),
		     quasi(form, CDR(x), depth + 1));
}

static obj expand_quasiquote(obj form)
{
	return quasi(form, need(form, nth(form, 1)), 0);
}

/* record_proc: (define name (%record-lambda params body)); a
 * %record-lambda is a lambda whose errors name the caller */
static obj record_proc(obj name, obj params, obj body)
{
	return list3(syms[S_DEFINE], name, list3(syms[S_P_RECORD_LAMBDA], params, body));
}

/* (define-record-type T (make f ...) pred (f acc [mod]) ...) =>
 * (begin (define T type) (define make ...) (define pred ...) (define acc ...) ...) */
static obj expand_record(obj form)
{
	obj type = need(form, nth(form, 1)), ctor = need(form, nth(form, 2));
	obj pred = need(form, nth(form, 3)), fields = nthcdr(form, 4);
	obj names = NIL, defs, f, o = gensym(), v = gensym();
	int i;
	for (f = fields; IS_PAIR(f); f = CDR(f)) {
		if (!IS_PAIR(CAR(f)) || !IS_SYMBOL(CAR(CAR(f))))
			syntax_error(form);
		names = cons(CAR(CAR(f)), names);
	}
	if (f != NIL || !IS_SYMBOL(type))
		syntax_error(form);
	names = reverse_list(names);
	/* collected in reverse */
	defs = list1(list3(syms[S_DEFINE], type,
			   list2(syms[S_P_MAKE_RECORD_TYPE], quoted(type))));
	if (ctor != FALSE) {
		obj cname = ctor, cargs = names, vals = NIL, a;
		if (IS_PAIR(ctor)) {
			cname = CAR(ctor);
			cargs = CDR(ctor);
		}
		/* each field its argument of the same name, or #f */
		for (f = names; f != NIL; f = CDR(f)) {
			for (a = cargs; IS_PAIR(a) && CAR(a) != CAR(f); a = CDR(a))
				;
			vals = cons(IS_PAIR(a) ? CAR(f) : FALSE, vals);
		}
		defs = cons(record_proc(cname, cargs,
					cons(syms[S_P_RECORD], cons(type, reverse_list(vals)))),
			    defs);
	}
	if (pred != FALSE)
		defs = cons(record_proc(pred, list1(o), list3(syms[S_P_RECORDP], o, type)), defs);
	for (f = fields, i = 0; IS_PAIR(f); f = CDR(f), i++) {
		obj acc = nth(CAR(f), 1), mod = nth(CAR(f), 2);
		if (acc != UNDEF)
			defs = cons(record_proc(acc, list1(o),
						cons(syms[S_P_RECORD_REF],
						     list4(o, type, FIX(i), quoted(acc)))),
				    defs);
		if (mod != UNDEF)
			defs = cons(record_proc(mod, list2(o, v),
						cons(syms[S_P_RECORD_SET],
						     cons(o, list4(type, FIX(i), v, quoted(mod))))),
				    defs);
	}
	return cons(syms[S_BEGIN], reverse_list(defs));
}

/* pmatch_pattern: code that matches pat against variable v, then runs
 * sk with the pattern's variables bound, or else runs fk. */
static obj pmatch_pattern(obj form, obj pat, obj v, obj sk, obj fk, int depth)
{
	if (depth > MAX_DEPTH)
		syntax_error(form);
	if (IS_PAIR(pat) && CAR(pat) == syms[S_UNQUOTE]) {
		obj x = need(form, nth(pat, 1));
		if (x == syms[S_UNDERSCORE])
			return sk;
		if (!IS_SYMBOL(x))
			syntax_error(form);
		return list3(syms[S_LET], list1(list2(x, v)), sk);
	}
	if (pat == NIL)
		return list4(syms[S_IF], list2(syms[S_P_NULL], v), sk, fk);
	if (IS_SYMBOL(pat))
		return list4(syms[S_IF], list3(syms[S_P_EQ], v, quoted(pat)), sk, fk);
	if (IS_PAIR(pat)) {
		obj a = gensym(), d = gensym();
		obj inner = pmatch_pattern(form, CDR(pat), d, sk, fk, depth + 1);
		inner = pmatch_pattern(form, CAR(pat), a, inner, fk, depth + 1);
		return list4(syms[S_IF], list2(syms[S_P_PAIR], v),
			     list3(syms[S_LET],
				   list2(list2(a, list2(syms[S_P_CAR], v)),
					 list2(d, list2(syms[S_P_CDR], v))),
				   inner),
			     fk);
	}
	return list4(syms[S_IF], list3(syms[S_P_EQUAL], v, quoted(pat)), sk, fk);
}

static obj pmatch_clauses(obj form, obj v, obj clauses)
{
	obj clause, pat, rest, body, fk, sk, guard;
	if (clauses == NIL)
		return list3(syms[S_P_ERROR], make_string("pmatch: no match for"), v);
	if (!IS_PAIR(clauses) || !IS_PAIR(CAR(clauses)) || !IS_PAIR(CDR(CAR(clauses))))
		syntax_error(form);
	clause = CAR(clauses);
	pat = CAR(clause);
	rest = CDR(clause);
	if (pat == syms[S_ELSE])
		return make_begin(rest);
	guard = FALSE;
	if (IS_PAIR(CAR(rest)) && CAR(CAR(rest)) == syms[S_GUARD]) {
		guard = cons(syms[S_AND], CDR(CAR(rest)));
		rest = CDR(rest);
		if (!IS_PAIR(rest))
			syntax_error(form);
	}
	body = make_begin(rest);
	fk = gensym();
	sk = guard == FALSE ? body : list4(syms[S_IF], guard, body, list1(fk));
	return list3(syms[S_LET],
		     list1(list2(fk, list3(syms[S_LAMBDA], NIL, pmatch_clauses(form, v, CDR(clauses))))),
		     pmatch_pattern(form, pat, v, sk, list1(fk), 0));
}

/* (pmatch e clause ...) => (let ((v e)) clauses...) */
static obj expand_pmatch(obj form)
{
	obj v = gensym(), e = need(form, nth(form, 1));
	if (list_length(form) > MAX_DEPTH)
		syntax_limit("pmatch: too many clauses");
	return list3(syms[S_LET], list1(list2(v, e)), pmatch_clauses(form, v, CDR(CDR(form))));
}

static const struct {
	int keyword;
	obj (*expand)(obj form);
} derived[] = {
	{S_LETSTAR, expand_let_star}, {S_LETREC, expand_letrec}, {S_LETRECSTAR, expand_letrec},
	{S_LET_VALUES, expand_let_values}, {S_LETSTAR_VALUES, expand_let_star_values},
	{S_COND, expand_cond}, {S_CASE, expand_case}, {S_WHEN, expand_when},
	{S_UNLESS, expand_when}, {S_DO, expand_do}, {S_DEFINE_RECORD_TYPE, expand_record},
	{S_PMATCH, expand_pmatch}, {S_QUASIQUOTE, expand_quasiquote},
	{S_LET, expand_named_let}, /* compile.c handles every other let itself */
};

obj expand_derived(obj form)
{
	size_t i;
	for (i = 0; i < sizeof derived / sizeof derived[0]; i++)
		if (CAR(form) == syms[derived[i].keyword])
			return derived[i].expand(form);
	return UNDEF;
}

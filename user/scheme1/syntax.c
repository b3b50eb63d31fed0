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
	for (i = 0; i < NSYMS; i++) {
		syms[i] = intern_c(sym_names[i]);
		gc_add_root(&syms[i]);
	}
}

obj list1(obj a) { return cons(a, NIL); }
obj list2(obj a, obj b) { return cons(a, list1(b)); }
obj list3(obj a, obj b, obj c) { return cons(a, list2(b, c)); }
obj list4(obj a, obj b, obj c, obj d) { return cons(a, list3(b, c, d)); }

static obj nth(obj form, int n)
{
	while (n-- > 0) {
		if (!IS_PAIR(form))
			return UNDEF;
		form = CDR(form);
	}
	return IS_PAIR(form) ? CAR(form) : UNDEF;
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

static obj unspecified_expr(void)
{
	return list3(syms[S_IF], FALSE, FALSE);
}

/* (let* ((a x) (b y)) body) => (let ((a x)) (let* ((b y)) body)) */
static obj expand_let_star(obj form)
{
	obj bindings = need(form, nth(form, 1)), body = body_of(form, 2);
	if (bindings == NIL)
		return cons(syms[S_LET], cons(NIL, body));
	if (!IS_PAIR(bindings))
		syntax_error(form);
	if (CDR(bindings) == NIL)
		return cons(syms[S_LET], cons(bindings, body));
	return list3(syms[S_LET], list1(CAR(bindings)),
		     cons(syms[S_LETSTAR], cons(CDR(bindings), body)));
}

/* (letrec ((a x)) body) => (let () (define a x) (let () body)) */
static obj expand_letrec(obj form)
{
	obj bindings = need(form, nth(form, 1)), body = body_of(form, 2);
	obj defs = NIL, tail = NIL, b;
	for (b = bindings; IS_PAIR(b); b = CDR(b)) {
		obj d, bind = CAR(b);
		if (!IS_PAIR(bind) || !IS_TYPE(CAR(bind), T_SYMBOL))
			syntax_error(form);
		d = list1(cons(syms[S_DEFINE], bind));
		if (defs == NIL)
			defs = d;
		else
			CDR(tail) = d;
		tail = d;
	}
	if (b != NIL)
		syntax_error(form);
	if (defs == NIL)
		return cons(syms[S_LET], cons(NIL, body));
	CDR(tail) = list1(cons(syms[S_LET], cons(NIL, body)));
	return cons(syms[S_LET], cons(NIL, defs));
}

/* (let name ((v i) ...) body) => ((let () (define name (lambda (v ...) body)) name) i ...) */
static obj expand_named_let(obj form)
{
	obj name = nth(form, 1), bindings = need(form, nth(form, 2));
	obj body = body_of(form, 3), vars = NIL, inits = NIL, b, lam;
	for (b = bindings; IS_PAIR(b); b = CDR(b)) {
		obj bind = CAR(b);
		if (!IS_PAIR(bind) || !IS_PAIR(CDR(bind)) || CDR(CDR(bind)) != NIL)
			syntax_error(form);
		vars = cons(CAR(bind), vars);
		inits = cons(CAR(CDR(bind)), inits);
	}
	if (b != NIL)
		syntax_error(form);
	{
		obj rv = NIL, ri = NIL;
		for (; vars != NIL; vars = CDR(vars), inits = CDR(inits)) {
			rv = cons(CAR(vars), rv);
			ri = cons(CAR(inits), ri);
		}
		vars = rv;
		inits = ri;
	}
	lam = cons(syms[S_LAMBDA], cons(vars, body));
	return cons(list4(syms[S_LET], NIL, list3(syms[S_DEFINE], name, lam), name), inits);
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
		if (!IS_PAIR(bind) || !IS_PAIR(CDR(bind)) || CDR(CDR(bind)) != NIL)
			syntax_error(form);
		t = gensym();
		init = list3(syms[S_P_CALL_WITH_VALUES],
			     list3(syms[S_LAMBDA], NIL, CAR(CDR(bind))), syms[S_P_LIST]);
		lets = cons(list2(t, init), lets);
		temps = cons(cons(CAR(bind), t), temps);
	}
	if (b != NIL)
		syntax_error(form);
	inner = make_begin(body);
	if (temps == NIL)
		return cons(syms[S_LET], cons(NIL, body));
	/* temps is reversed: wrap the innermost (last) binding first */
	for (t = temps; t != NIL; t = CDR(t))
		inner = list3(syms[S_P_APPLY],
			      list3(syms[S_LAMBDA], CAR(CAR(t)), inner), CDR(CAR(t)));
	{
		obj rl = NIL;
		for (; lets != NIL; lets = CDR(lets))
			rl = cons(CAR(lets), rl);
		lets = rl;
	}
	return list3(syms[S_LET], lets, inner);
}

/* (let*-values (((a b) x) rest ...) body) =>
 * (%call-with-values (lambda () x) (lambda (a b) (let*-values (rest ...) body))) */
static obj expand_let_star_values(obj form)
{
	obj bindings = need(form, nth(form, 1)), body = body_of(form, 2), bind;
	if (bindings == NIL)
		return cons(syms[S_LET], cons(NIL, body));
	if (!IS_PAIR(bindings))
		syntax_error(form);
	bind = CAR(bindings);
	if (!IS_PAIR(bind) || !IS_PAIR(CDR(bind)) || CDR(CDR(bind)) != NIL)
		syntax_error(form);
	return list3(syms[S_P_CALL_WITH_VALUES],
		     list3(syms[S_LAMBDA], NIL, CAR(CDR(bind))),
		     list3(syms[S_LAMBDA], CAR(bind),
			   cons(syms[S_LETSTAR_VALUES], cons(CDR(bindings), body))));
}

static obj expand_cond_clauses(obj form, obj clauses)
{
	obj clause, test, rest;
	if (clauses == NIL)
		return unspecified_expr();
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
	obj clauses = NIL, rev = NIL;
	for (c = CDR(CDR(form)); IS_PAIR(c); c = CDR(c)) {
		obj clause = CAR(c), test;
		if (!IS_PAIR(clause))
			syntax_error(form);
		if (CAR(clause) == syms[S_ELSE])
			test = syms[S_ELSE];
		else
			test = list3(syms[S_P_MEMV], k, list2(syms[S_QUOTE], CAR(clause)));
		if (IS_PAIR(CDR(clause)) && CAR(CDR(clause)) == syms[S_ARROW])
			clauses = cons(cons(test, list2(syms[S_ARROW], need(form, nth(clause, 2)))), clauses);
		else
			clauses = cons(cons(test, CDR(clause)), clauses);
	}
	for (; clauses != NIL; clauses = CDR(clauses))
		rev = cons(CAR(clauses), rev);
	return list3(syms[S_LET], list1(list2(k, key)), cons(syms[S_COND], rev));
}

static obj expand_when(obj form, int unless)
{
	obj test = need(form, nth(form, 1)), body = make_begin(body_of(form, 2));
	if (unless)
		return list4(syms[S_IF], test, unspecified_expr(), body);
	return list4(syms[S_IF], test, body, unspecified_expr());
}

/* (do ((v i s) ...) (test r ...) body ...) =>
 * (let loop ((v i) ...) (if test (begin #f r ...) (begin body ... (loop s ...)))) */
static obj expand_do(obj form)
{
	obj specs = need(form, nth(form, 1)), end = need(form, nth(form, 2));
	obj body = nthcdr(form, 3), loop = gensym(), s;
	obj binds = NIL, steps = NIL, rb = NIL, rs = NIL, result, again;
	for (s = specs; IS_PAIR(s); s = CDR(s)) {
		obj spec = CAR(s);
		if (!IS_PAIR(spec) || !IS_PAIR(CDR(spec)))
			syntax_error(form);
		binds = cons(list2(CAR(spec), CAR(CDR(spec))), binds);
		steps = cons(IS_PAIR(CDR(CDR(spec))) ? CAR(CDR(CDR(spec))) : CAR(spec), steps);
	}
	if (s != NIL || !IS_PAIR(end))
		syntax_error(form);
	for (; binds != NIL; binds = CDR(binds), steps = CDR(steps)) {
		rb = cons(CAR(binds), rb);
		rs = cons(CAR(steps), rs);
	}
	result = CDR(end) == NIL ? unspecified_expr() : make_begin(CDR(end));
	again = cons(loop, rs);
	{
		/* body ... (loop s ...) */
		obj seq = list1(again), rev = NIL, p;
		for (p = body; IS_PAIR(p); p = CDR(p))
			rev = cons(CAR(p), rev);
		for (; rev != NIL; rev = CDR(rev))
			seq = cons(CAR(rev), seq);
		return list4(syms[S_LET], loop, rb,
			     list4(syms[S_IF], CAR(end), result, cons(syms[S_BEGIN], seq)));
	}
}

static obj quasi(obj form, obj x, int depth)
{
	if (depth > MAX_DEPTH)
		syntax_error(form);
	if (!IS_PAIR(x)) {
		if (IS_TYPE(x, T_SYMBOL) || x == NIL)
			return list2(syms[S_QUOTE], x);
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

/* (define-record-type T (make f ...) pred (f acc [mod]) ...); the
 * procedures are %record-lambda: lambdas whose errors name the caller */
static obj expand_record(obj form)
{
	obj type = need(form, nth(form, 1)), ctor = need(form, nth(form, 2));
	obj pred = need(form, nth(form, 3)), fields = nthcdr(form, 4);
	obj names = NIL, defs = NIL, f, o = gensym(), v = gensym(), args = NIL;
	int i;
	for (f = fields; IS_PAIR(f); f = CDR(f)) {
		if (!IS_PAIR(CAR(f)) || !IS_TYPE(CAR(CAR(f)), T_SYMBOL))
			syntax_error(form);
		names = cons(CAR(CAR(f)), names);
	}
	if (f != NIL || !IS_TYPE(type, T_SYMBOL))
		syntax_error(form);
	{
		obj r = NIL;
		for (; names != NIL; names = CDR(names))
			r = cons(CAR(names), r);
		names = r;
	}
	/* accessors and modifiers, collected in reverse */
	for (f = fields, i = 0; IS_PAIR(f); f = CDR(f), i++) {
		obj acc = nth(CAR(f), 1), mod = nth(CAR(f), 2);
		if (acc != UNDEF)
			defs = cons(list3(syms[S_DEFINE], acc,
					  list3(syms[S_P_RECORD_LAMBDA], list1(o),
						cons(syms[S_P_RECORD_REF],
						     list4(o, type, FIX(i), list2(syms[S_QUOTE], acc))))),
				    defs);
		if (mod != UNDEF)
			defs = cons(list3(syms[S_DEFINE], mod,
					  list3(syms[S_P_RECORD_LAMBDA], list2(o, v),
						cons(syms[S_P_RECORD_SET],
						     cons(o, list4(type, FIX(i), v, list2(syms[S_QUOTE], mod)))))),
				    defs);
	}
	if (pred != FALSE)
		defs = cons(list3(syms[S_DEFINE], pred,
				  list3(syms[S_P_RECORD_LAMBDA], list1(o), list3(syms[S_P_RECORDP], o, type))),
			    defs);
	if (ctor != FALSE) {
		obj cname = ctor, cargs = names, vals = NIL, r = NIL;
		if (IS_PAIR(ctor)) {
			cname = CAR(ctor);
			cargs = CDR(ctor);
		}
		for (f = names; f != NIL; f = CDR(f)) {
			obj a, val = FALSE;
			for (a = cargs; IS_PAIR(a); a = CDR(a))
				if (CAR(a) == CAR(f))
					val = CAR(f);
			vals = cons(val, vals);
		}
		for (; vals != NIL; vals = CDR(vals))
			r = cons(CAR(vals), r);
		args = cons(type, r);
		defs = cons(list3(syms[S_DEFINE], cname,
				  list3(syms[S_P_RECORD_LAMBDA], cargs, cons(syms[S_P_RECORD], args))),
			    defs);
	}
	defs = cons(list3(syms[S_DEFINE], type,
			  list3(syms[S_P_MAKE_RECORD_TYPE], list2(syms[S_QUOTE], type),
				list2(syms[S_QUOTE], names))),
		    defs);
	{
		obj r = NIL;
		/* the type first, then constructor, predicate, accessors */
		obj first = CAR(defs);
		for (f = CDR(defs); f != NIL; f = CDR(f))
			r = cons(CAR(f), r);
		return cons(syms[S_BEGIN], cons(first, r));
	}
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
		if (!IS_TYPE(x, T_SYMBOL))
			syntax_error(form);
		return list3(syms[S_LET], list1(list2(x, v)), sk);
	}
	if (pat == NIL)
		return list4(syms[S_IF], list2(syms[S_P_NULL], v), sk, fk);
	if (IS_TYPE(pat, T_SYMBOL))
		return list4(syms[S_IF], list3(syms[S_P_EQ], v, list2(syms[S_QUOTE], pat)), sk, fk);
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
	return list4(syms[S_IF], list3(syms[S_P_EQUAL], v, list2(syms[S_QUOTE], pat)), sk, fk);
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

int is_derived_keyword(obj head)
{
	int i;
	static const int derived[] = {
		S_LETSTAR, S_LETREC, S_LETRECSTAR, S_LET_VALUES, S_LETSTAR_VALUES,
		S_COND, S_CASE, S_WHEN, S_UNLESS, S_DO, S_DEFINE_RECORD_TYPE,
		S_PMATCH, S_QUASIQUOTE, -1
	};
	for (i = 0; derived[i] >= 0; i++)
		if (head == syms[derived[i]])
			return 1;
	return 0;
}

obj expand_derived(obj form)
{
	obj h = CAR(form);
	if (h == syms[S_LETSTAR]) return expand_let_star(form);
	if (h == syms[S_LETREC] || h == syms[S_LETRECSTAR]) return expand_letrec(form);
	if (h == syms[S_LET_VALUES]) return expand_let_values(form);
	if (h == syms[S_LETSTAR_VALUES]) return expand_let_star_values(form);
	if (h == syms[S_COND]) return expand_cond(form);
	if (h == syms[S_CASE]) return expand_case(form);
	if (h == syms[S_WHEN]) return expand_when(form, 0);
	if (h == syms[S_UNLESS]) return expand_when(form, 1);
	if (h == syms[S_DO]) return expand_do(form);
	if (h == syms[S_DEFINE_RECORD_TYPE]) return expand_record(form);
	if (h == syms[S_PMATCH]) return expand_pmatch(form);
	if (h == syms[S_QUASIQUOTE]) return quasi(form, need(form, nth(form, 1)), 0);
	if (h == syms[S_LET]) return expand_named_let(form);
	syntax_error(form);
	return FALSE;
}

/* The preprocessor: stringizing (spacing, quotes and backslashes inside),
 * token pasting (into identifiers, numbers and operators, with empty
 * arguments), variadic macros, the rescanning and no-recursion rules (the
 * examples of C99 6.10.3.5), a function-like macro's name not followed by
 * '(', #if arithmetic (in intmax_t/uintmax_t, with character constants,
 * unsigned promotion, defined), __LINE__ and #line. */
#include <stdio.h>

/* A function the macro of the same name hides unless not followed by '('. */
static int twice(int v) { return v * 3; }
static int self_obj = 40;

#define str(s) # s
#define xstr(s) str(s)
#define vstr(...) #__VA_ARGS__
#define xvstr(...) vstr(__VA_ARGS__)
#define cat(a, b) a ## b
#define xcat(a, b) cat(a, b)
#define show(...) printf("%s\n", xvstr(__VA_ARGS__))

/* C99 6.10.3.5 EXAMPLE 3 */
#define x 3
#define f(a) f(x * (a))
#undef x
#define x 2
#define g f
#define z z[0]
#define h g(~
#define m(a) a(w)
#define w 0,1
#define t(a) a
#define p() int
#define q(x) x
#define r(x,y) x ## y

/* C99 6.10.3.5 EXAMPLE 4 */
#define hash_hash # ## #
#define mkstr(a) # a
#define in_between(a) mkstr(a)
#define join(c, d) in_between(c hash_hash d)

/* C99 6.10.3.5 EXAMPLE 7 */
#define debug(...) fprintf(stdout, __VA_ARGS__)
#define showlist(...) puts(#__VA_ARGS__)
#define report(test, ...) ((test)?puts(#test): printf(__VA_ARGS__))

#define count_args(...) count_(__VA_ARGS__, 5, 4, 3, 2, 1, 0)
#define count_(a, b, c, d, e, n, ...) n
#define self_obj (self_obj + 1)
#define twice(v) ((v) * 2)
#define apply(fn, v) fn(v)
#define empty()
#define EMPTY
#define LPAREN (

int main(void)
{
	char cat(var, 1) = 'v';
	int xy = 7;

	show(f(y+1) + f(f(z)) % t(t(g)(0) + t)(1););
	show(p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };);
	show(char c[2][6] = { str(hello), str() };);
	show(m(f)^m(m) g(x+(3,4)-w));
	printf("%s\n", join(x, y));
	show(xcat(xcat(1, 2), 3) cat(1, e) cat(+, =) cat(<, <=) cat(., 5) cat(, ) xcat(x, y));
	show(str(   a   +   b   ) str(a	/* comment */	b) str("q\"x\\" '\'' "\n"));
	show(str( strncmp("abc\0d", "abc", '\4') // this goes away
	    == 0) str(: @\n));
	show(xstr(__LINE__) xstr(self_obj) xstr(twice(twice(1))) xstr(apply(twice, 3)));
	show(twice empty() (3) xstr(EMPTY x EMPTY) str(LPAREN));
	debug("Flag\n");
	debug("X = %d\n", x);
	showlist(The first, second, and third items.);
	report(x > 9, "x is %d but y is %d\n", x, 9);
	report(x < 9, "never printed\n");
	printf("self_obj: %d var1: %c xy: %d\n", self_obj, var1, cat(x, y));
	printf("count_args: %d %d %d\n", count_args(a), count_args(a, b), count_args(a, (b, c), d));
	printf("twice via apply: %d, the function: %d\n", apply(twice, 1 + 2), (twice)(5));
	printf("sizeof str(EMPTY): %d\n", (int)sizeof(str(EMPTY)));

#if -1 > 0u
	printf("#if: -1 > 0u (unsigned arithmetic)\n");
#else
	printf("#if: -1 <= 0u\n");
#endif
#if 0xffffffffffffffff == -1
	printf("#if: all ones == -1\n");
#endif
#if 0x7fffffffffffffff + 0 > 0 && (2 || 1 / 0) && !(0 && 1 / 0)
	printf("#if: 64-bit intmax_t, short-circuit\n");
#endif
#if 'A' == 65
	printf("#if: character constants\n");
#endif
#if (1 ? -1 : 0u) > 0
	printf("#if: ?: converts to unsigned\n");
#endif
#if undefined_name == 0 && !defined undefined_name && defined(str) && defined str
	printf("#if: undefined names are 0, defined works both ways\n");
#endif
#if (-7 / 2 == -3) && (-7 % 2 == -1) && (1 << 62) > 0 && (-8 >> 1) == -4
	printf("#if: division truncates, shifts\n");
#endif
#if 1 ? 2 : (1 / 0)
	printf("#if: ?: evaluates one side\n");
#endif
#ifdef cat
#undef cat
#endif
#ifndef cat
	printf("#undef: cat is gone\n");
#endif
	printf("line %d\n", __LINE__);
#line 1000 "renamed.c"
	printf("line %d file %s\n", __LINE__, __FILE__);
	printf("line %d after a \
continued line\n", __LINE__);
	printf("line %d\n", __LINE__);
	return 0;
}

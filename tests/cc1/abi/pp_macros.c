/* The preprocessor's macro expansion: ## pasting into names, numbers and
 * operators and with empty arguments, # with odd spacing, quotes and
 * backslashes, arguments expanded or not around # and ##, nested
 * function-like macros, the names a macro must not expand again (the
 * examples of C99 6.10.3.5), variadic macros with empty __VA_ARGS__.
 * Each result is printed: a stringized expansion, or its value. */
#include <stdio.h>
#include <string.h>

#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a ## b
#define XCAT(a, b) CAT(a, b)
#define CAT3(a, b, c) a ## b ## c
#define SHOW(...) printf("%-40s -> %s\n", #__VA_ARGS__, XVSTR(__VA_ARGS__))
#define XVSTR(...) VSTR(__VA_ARGS__)
#define VAL(e) printf("%-40s = %ld\n", #e, (long)(e))

/* C99 6.10.3.5 EXAMPLE 3: what its f, t and m leave as calls */
static int y = 10, z[1] = { 4 };
static long f(long v) { return v + 1000; }
static long t(long v) { return v * 3; }
static long m(long a, long b) { return a - b; }

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
#define str(x) # x

/* C99 6.10.3.5 EXAMPLE 4 */
#define xstr(s) str(s)
#define debug(s, t) printf("x" # s "= %d, x" # t "= %s", \
	x ## s, x ## t)
#define INCFILE(n) vers ## n
#define glue(a, b) a ## b
#define xglue(a, b) glue(a, b)
#define HIGHLOW "hello"
#define LOW LOW ", world"

/* C99 6.10.3.5 EXAMPLE 7 */
#define debug2(...) fprintf(stdout, __VA_ARGS__)
#define showlist(...) puts(#__VA_ARGS__)
#define report(test, ...) ((test) ? puts(#test) : printf(__VA_ARGS__))

/* recursion: painted names stay unexpanded */
static int obj = 5;
#define AA BB
#define BB AA
#define obj (obj + 1)
#define self(n) (n + self(n))
#define twice(n) once(once(n))
#define once(n) (n * 2)
#define ff(a) a * gg
#define gg(a) ff(a)
#define LPAREN (
#define call(f, args) f args
#define EMPTY
#define DEFER(m) m EMPTY
#define ID(x) x

/* variadic */
#define P(fmt, ...) printf(fmt, ## __VA_ARGS__)
#define VSTR(...) #__VA_ARGS__
#define COUNT(...) COUNT_(__VA_ARGS__, 6, 5, 4, 3, 2, 1, 0)
#define COUNT_(a, b, c, d, e, f, g, n, ...) n
#define FIRST(a, ...) a
#define REST(a, ...) __VA_ARGS__
#define APPLY(m, ...) m(__VA_ARGS__)

int main(void)
{
	int x1 = 11, x7 = 7, xy = 99, n = 3, xyz = 123;
	char *x2 = "two";
	int vers2 = 2;
	char *xx = "xx";
	int a1b2 = 12, i = 0;

	/* pasting */
	SHOW(CAT(x, y));
	SHOW(CAT(1, e5));
	SHOW(CAT(+, =));
	SHOW(CAT(<, <=));
	SHOW(CAT(-, >));
	SHOW(CAT(%:, %:));
	SHOW(CAT(, y));
	SHOW(CAT(x, ));
	SHOW(CAT(, ));
	SHOW(CAT3(x, , z));
	SHOW(CAT3(, , z));
	SHOW(XCAT(XCAT(a, b), c));
	SHOW(CAT(0x, 1p-3));
	SHOW(CAT(L, 'a'));
	SHOW(CAT(u8, "s"));
	VAL(CAT(x, 7));
	VAL(CAT3(x, y, z));
	VAL(XCAT(a1, XCAT(b, 2)));
	VAL(CAT(0x, ff) + CAT(1, 0));
	VAL(CAT(1.5e, 3) * 2);

	/* stringizing */
	SHOW(STR(  a   +   b  ));
	SHOW(STR(a/**/b  /* comment */  c));
	SHOW(STR("str\n" '\'' "\\" '"'));
	SHOW(STR(  leading and trailing   ));
	SHOW(STR(a
		 +
		 b));
	SHOW(STR());
	SHOW(STR((a, b)));
	SHOW(STR(STR(x)));
	SHOW(XSTR(STR(x)));
	SHOW(STR(@ $ ` ?));
	SHOW(STR(L"wide" 'c' u8"x"));
	printf("%s|%s|%s\n", STR( ), STR(	tab	), STR( x  y ));
	printf("strlen(STR(\"a\\\"b\")) = %zu\n", strlen(STR("a\"b")));

	/* EXAMPLE 3 and 4 */
	SHOW(f(y+1) + f(f(z)) % t(t(g)(0) + t)(1););
	VAL(f(y+1) + f(f(z)) % t(t(g)(0) + t)(1));
	{
		long r2 = g(x+(3,4)-w) | h 5) & m
			(f)^m(m);
		VAL(r2);
		p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };
		char c[2][6] = { str(hello), str() };
		SHOW(p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };);
		printf("%zu: %d %d %d %d, %s|%s\n", sizeof i / sizeof i[0], i[0], i[1], i[2], i[3],
		       c[0], c[1]);
	}
	SHOW(char c[2][6] = { str(hello), str() };);
	SHOW(debug(1, 2););
	SHOW(xstr(INCFILE(2).hdr));
	SHOW(glue(HIGH, LOW););
	SHOW(xglue(HIGH, LOW));
	debug(1, 2);
	printf("\n");
	fputs(str(strncmp("abc\0d", "abc", '\4') == 0) str(: @\n), stdout);
	printf("%s\n", xglue(HIGH, LOW));
	VAL(INCFILE(2));

	/* EXAMPLE 7 */
	debug2("Flag");
	printf("\n");
	debug2("X = %d\n", x1);
	showlist(The first, second, and third items.);
	report(x1 > 7, "x is %d but y is %d", x1, xy);
	report(x1 < 7, "x is %d but y is %d\n", x1, xy);

	/* names that do not expand again */
	SHOW(AA);
	SHOW(BB);
	SHOW(obj);
	VAL(obj);
	SHOW(self(1));
	SHOW(twice(n));
	VAL(twice(n));
	SHOW(ff(2)(9));
	SHOW(call(ID, (1 + 2)));
	SHOW(DEFER(ID)(x));
	SHOW(ID LPAREN 5));
	SHOW(CAT(A, A));
	SHOW(XCAT(A, A));

	/* variadic */
	P("no arguments\n");
	P("one: %d\n", 1);
	P("two: %d %s\n", 2, xx);
	SHOW(VSTR());
	SHOW(VSTR(a,b ,  c));
	SHOW(VSTR( a , (b, c) , "d,e" ));
	VAL(COUNT());
	VAL(COUNT(a));
	VAL(COUNT(a, b));
	VAL(COUNT(a, (b, c), d));
	VAL(COUNT(,,,,,));
	SHOW(FIRST(one, two, three));
	SHOW(REST(one, two, three));
	SHOW(REST(one));
	SHOW(APPLY(CAT, x, 7));
	VAL(APPLY(CAT, x, 7));
	SHOW(P("%d", i++));
	return i - 0;
}

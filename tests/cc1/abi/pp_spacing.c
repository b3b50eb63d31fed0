/* White space in a stringized argument after macro expansion: a macro
 * that expands to nothing (EMPTY, NOTHING()) leaves the white space before
 * it, so "a EMPTY(b)" is "a (b)", as gcc and clang print it. The cases
 * around it show where spaces are kept and where none arise. */
#include <stdio.h>

#define STR(...) #__VA_ARGS__
#define XSTR(...) STR(__VA_ARGS__)
#define EMPTY
#define DEFER(m) m EMPTY
#define ID(x) x
#define NOTHING()
#define PLUS +

int main(void)
{
	puts(XSTR(a EMPTY b));
	puts(XSTR(a EMPTY(b)));
	puts(XSTR(f NOTHING()(x)));
	puts(XSTR(DEFER(ID)(x)));
	puts(XSTR(ID(DEFER(ID)(x))));
	puts(XSTR(f EMPTY (x)));
	puts(XSTR(ID(a)ID(b)));
	puts(XSTR(ID(ID)(x)));
	puts(XSTR(f(EMPTY)));
	puts(XSTR(-PLUS));
	puts(XSTR(ID(-)ID(-)));
	puts(XSTR([EMPTY]));
	return 0;
}

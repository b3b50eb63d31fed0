/* Object- and function-like macros: rescanning, the no-recursion rule
 * (a name in its own expansion, direct or through another macro, stays),
 * arguments expanded before substitution but not for # and ##, empty
 * arguments, nested calls across lines, a name not followed by '('. */
#define ID(x) x
#define TWICE(x) x x
#define SELF SELF + 1
#define A B
#define B A
#define F(x) F(x) G(x)
#define G(x) [x]
#define EMPTY
#define CAT(a, b) a ## b
#define XCAT(a, b) CAT(a, b)
#define STR(x) #x
#define XSTR(x) STR(x)
#define LPAREN (
#define CALL(f) f LPAREN 1)
SELF; A; B; F(2);
TWICE(ID(3)) ID()|ID(EMPTY)|
CAT(x, y) XCAT(EMPTY x, y EMPTY) CAT(, z) CAT(w,) CAT(,)
STR(EMPTY) XSTR(EMPTY) STR( a  "b\n"  'c' ) XSTR(A)
ID(ID
  (
   4))
ID (5) ID
CALL(ID) CALL(G)

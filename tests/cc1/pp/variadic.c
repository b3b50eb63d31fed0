/* Variadic macros: __VA_ARGS__, named variadic parameters (GNU), the
 * comma before ## __VA_ARGS__ that goes away when there are none, and
 * counting arguments. */
#define V(...) <__VA_ARGS__>
#define N(fmt, args...) f(fmt, args)
#define G(fmt, ...) f(fmt, ## __VA_ARGS__)
#define GN(fmt, rest...) f(fmt, ## rest)
#define COUNT(...) COUNT_(__VA_ARGS__, 4, 3, 2, 1, 0)
#define COUNT_(a, b, c, d, n, ...) n
V() V(1) V(1, 2, (3, 4))
N("a", 1, 2)
G("b") G("c", 1) G("d", 1, 2)
GN("e") GN("f", 3)
COUNT(a) COUNT(a, b) COUNT(a, (b, c), d)

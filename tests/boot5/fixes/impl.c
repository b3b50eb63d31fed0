/* A file that defines its functions under a second name, as musl does
 * (weak_alias in src/include/features.h): api is a weak alias of the
 * static impl, api_strong a global one, value_alias one of an object.
 * Patches 0040 (tcc -ar indexes weak definitions) and 0041 (an alias
 * declaration defines a symbol). */
static int impl(int x) { return x * 3; }
extern int api(int) __attribute__((__weak__, __alias__("impl")));
int strong_impl(int x) { return x + 100; }
extern int api_strong(int) __attribute__((__alias__("strong_impl")));
int value = 7;
extern int value_alias __attribute__((__weak__, __alias__("value")));

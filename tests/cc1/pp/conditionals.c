/* #if expressions in intmax_t and uintmax_t, defined in both forms, an
 * undefined name as 0, skipped groups that hold what does not lex
 * (an apostrophe), #elif chains, nesting, #ifdef and #ifndef. */
#define ONE 1
#define EXPR (ONE + 1) * 3
#if EXPR == 6 && defined ONE && !defined(TWO) && TWO == 0
ok1
#endif
#if -1 < 0u
bad
#elif 0x7fffffffffffffff > 0 && (1 ? -1 : 0u) > 0
ok2
#else
bad
#endif
#if 0
it's skipped, and so is #error this
#if 1
nested
#endif
#elif 'a' == 97 && '\377' > 0
ok3
#endif
#ifdef ONE
# ifndef TWO
ok4
# else
bad
# endif
#endif
#define D defined(ONE)
#if D
ok5
#endif

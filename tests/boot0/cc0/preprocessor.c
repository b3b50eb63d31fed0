/* preprocessor: object-like macros (empty, nested, redefined after
 * #undef, in other macros), #ifdef, #ifndef, #else, #endif nested and
 * skipped, comments of both kinds in directives, a continued line */
#include "t.h"

#define ONE 1
#define TWO (ONE + ONE)
#define FOUR TWO * TWO
#define EMPTY
#define NAME "macro string"
#define LONG_LINE 1 + \
	2 + \
	3
#define COMMENTED 5 /* a comment */ + 1 // another
#define SELF SELF
#define TYPE unsigned char

#ifdef ONE
int one_defined = 1;
#else
int one_defined = 0;
#endif

#ifndef ONE
#error not skipped
#else
int else_taken = 1;
#endif

#ifdef UNDEFINED
#ifdef ONE
this is skipped, nested
#else
so is this
#endif
int skipped = 1;
#else
# ifdef TWO
int nested_taken = 2;
#  ifndef FOUR
#   error no
#  endif
# endif
#endif

/* #ifdef inside a comment
#endif is not a directive */

#undef ONE
#ifdef ONE
int undef_failed;
#endif
#define ONE 100

int main(void)
{
	int SELF = 3;
	TYPE t = 257;
	EMPTY say("one", ONE);
	say("two", TWO);
	say("four", FOUR);
	say("four_times", 3 * FOUR);
	put_str(NAME "\n");
	say("long_line", LONG_LINE);
	say("commented", COMMENTED);
	say("self", SELF);
	say("type", t);
	say("flags", one_defined + else_taken * 10 + nested_taken * 100);
	say("line_continued", 1 +\
2);
#ifdef TWO
	say("in_function", 1);
#endif
	return 0;
}

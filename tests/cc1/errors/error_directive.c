/* #error stops the compilation with its text. */
#define WHY "no"
#error stop here

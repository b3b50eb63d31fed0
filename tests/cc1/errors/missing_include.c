/* An #include of a file that is nowhere. */
#include "no_such_header.h"
int main(void) { return 0; }

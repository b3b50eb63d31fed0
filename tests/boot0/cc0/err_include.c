/* err_include: an include file that is nowhere */
#include "no-such-header.h"
int main(void) { return 0; }

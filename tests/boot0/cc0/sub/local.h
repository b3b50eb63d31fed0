/* local.h: included by include.c as "sub/local.h"; it includes
 * "deeper.h" from its own directory, sub/ */
#include "deeper.h"
struct local { int a, b; };
#define LOCAL (DEEPER + 1)

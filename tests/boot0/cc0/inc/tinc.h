/* tinc.h: found through -I inc; includes its neighbour by a path
 * relative to itself, and is guarded */
#ifndef TINC_H
#define TINC_H
#include "tinc2.h"
#define TINC 10
static int tinc(void) { return TINC + TINC2; }
#endif

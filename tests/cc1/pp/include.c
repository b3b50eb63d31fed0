/* #include "..." beside the including file, then -I; <...> from -I
 * and -isystem; a guarded header and a #pragma once header included
 * twice are read once; #include_next; a computed #include; __FILE__
 * and __LINE__, and #line. */
#include "inc/guarded.h"
#include "inc/guarded.h"
#include "inc/once.h"
#include "inc/once.h"
#include <next.h>
#define HDR <sys.h>
#include HDR
__FILE__ __LINE__
#line 100 "renamed.c"
__FILE__ __LINE__
__LINE__

/* The host's stand-in for chain/cc0/lib0.h while cc1 is built by the
 * host compiler: lib0's functions, from the host's C library. cc1 uses
 * open read write close exit malloc calloc realloc memcpy memset memcmp
 * strlen strcmp strchr. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

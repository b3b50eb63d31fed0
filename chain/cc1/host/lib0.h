/* The host's stand-in for chain/cc0/lib0.h while cc1 is developed with the
 * host compiler: the same few functions, from the host's C library. cc1
 * uses nothing else: open read write close exit malloc memcpy memset
 * strlen strcmp. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* deeper.h: relative to sub/local.h, which includes it */
#define DEEPER 41

#ifndef _STDALIGN_H
#define _STDALIGN_H

/* C11's spellings of _Alignas and _Alignof, which are keywords: gcc
 * -std=c99 -pedantic warns where a program uses them, not here. C23
 * makes alignas and alignof keywords themselves and leaves this header
 * only the two _is_defined macros. */
#if __STDC_VERSION__ < 202311L
#define alignas _Alignas
#define alignof _Alignof
#endif
#define __alignas_is_defined 1
#define __alignof_is_defined 1

#endif

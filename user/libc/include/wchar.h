#ifndef _WCHAR_H
#define _WCHAR_H
#include <bits/types.h>

/* Wide characters, as far as the "C" locale needs them. */
#define WEOF 0xffffffffU
#define WCHAR_MIN 0U
#define WCHAR_MAX 4294967295U

typedef struct {
	unsigned __state;
} mbstate_t;

size_t wcslen(const wchar_t *s);
int wcscmp(const wchar_t *a, const wchar_t *b);

#endif

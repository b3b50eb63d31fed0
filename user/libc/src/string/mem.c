/* The mem* functions: eight bytes at a time where both ends are
 * aligned alike, else byte at a time. */
#include <stdint.h>
#include <string.h>

#ifdef __GNUC__
typedef unsigned long __attribute__((__may_alias__)) word;
#else
typedef unsigned long word;
#endif
#define W sizeof(word)

void *memcpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if ((((uintptr_t)d ^ (uintptr_t)s) & (W - 1)) == 0) {
		for (; n && ((uintptr_t)d & (W - 1)); n--)
			*d++ = *s++;
		for (; n >= W; n -= W, d += W, s += W)
			*(word *)d = *(const word *)s;
	}
	while (n--)
		*d++ = *s++;
	return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d < s) {
		return memcpy(dst, src, n); /* it copies forward: right for d < s */
	} else if (d > s) {
		if ((((uintptr_t)d ^ (uintptr_t)s) & (W - 1)) == 0) {
			for (; n && ((uintptr_t)(d + n) & (W - 1)); n--)
				d[n - 1] = s[n - 1];
			for (; n >= W; n -= W)
				*(word *)(d + n - W) = *(const word *)(s + n - W);
		}
		while (n--)
			d[n] = s[n];
	}
	return dst;
}

void *memset(void *s, int c, size_t n)
{
	unsigned char *p = s;
	word w = (unsigned char)c * (~(word)0 / 255);

	for (; n && ((uintptr_t)p & (W - 1)); n--)
		*p++ = (unsigned char)c;
	for (; n >= W; n -= W, p += W)
		*(word *)p = w;
	while (n--)
		*p++ = (unsigned char)c;
	return s;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	for (; n; n--, p++, q++)
		if (*p != *q)
			return *p - *q;
	return 0;
}

void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;

	for (; n; n--, p++)
		if (*p == (unsigned char)c)
			return (void *)p;
	return NULL;
}

void *memrchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;

	while (n--)
		if (p[n] == (unsigned char)c)
			return (void *)(p + n);
	return NULL;
}

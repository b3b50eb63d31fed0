/* Multibyte characters in the "C" locale: one byte each, its own value. */
#include <errno.h>
#include <stdlib.h>

int mblen(const char *s, size_t n)
{
	return mbtowc(NULL, s, n);
}

int mbtowc(wchar_t *wc, const char *s, size_t n)
{
	if (!s)
		return 0;
	if (!n)
		return -1;
	if (wc)
		*wc = (unsigned char)*s;
	return *s != 0;
}

int wctomb(char *s, wchar_t wc)
{
	if (!s)
		return 0;
	if (wc > 255) {
		errno = EILSEQ;
		return -1;
	}
	*s = (char)wc;
	return 1;
}

size_t mbstowcs(wchar_t *dst, const char *src, size_t n)
{
	size_t i = 0;

	for (; !dst || i < n; i++) {
		if (dst)
			dst[i] = (unsigned char)src[i];
		if (!src[i])
			break;
	}
	return i;
}

size_t wcstombs(char *dst, const wchar_t *src, size_t n)
{
	size_t i = 0;

	for (; !dst || i < n; i++) {
		if (src[i] > 255) {
			errno = EILSEQ;
			return (size_t)-1;
		}
		if (dst)
			dst[i] = (char)src[i];
		if (!src[i])
			break;
	}
	return i;
}

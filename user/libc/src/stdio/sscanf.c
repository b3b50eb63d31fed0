/* sscanf and vsscanf: conversions d i u o x X c s [ n p e f g a and %%,
 * with '*', field widths and the length modifiers hh h l ll j z t L.
 * Numbers go through strtoull/strtod on a copy of the field, so they
 * read exactly what those functions read. */
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { L_NONE, L_HH, L_H, L_L, L_LL, L_BIG };

static void store_int(void *dst, int len, unsigned long long v)
{
	switch (len) {
	case L_HH: *(unsigned char *)dst = (unsigned char)v; break;
	case L_H: *(unsigned short *)dst = (unsigned short)v; break;
	case L_NONE: *(unsigned *)dst = (unsigned)v; break;
	default: *(unsigned long long *)dst = v; break;
	}
}

/* Does c belong to the set at *fmt ("[...]"); *end gets the set's end. */
static int in_set(const char *set, int c, const char **end)
{
	int neg = 0, found = 0;
	const char *p = set;

	if (*p == '^') {
		neg = 1;
		p++;
	}
	if (*p == ']') {
		found |= c == ']';
		p++;
	}
	for (; *p && *p != ']'; p++) {
		if (p[1] == '-' && p[2] && p[2] != ']') {
			found |= c >= (unsigned char)p[0] && c <= (unsigned char)p[2];
			p += 2;
		} else {
			found |= c == (unsigned char)*p;
		}
	}
	*end = p;
	return found != neg;
}

int vsscanf(const char *s, const char *fmt, va_list ap)
{
	const char *start = s;
	int count = 0;

	for (; *fmt; fmt++) {
		int skip = 0, width = 0, len = L_NONE, conv;
		char field[512];
		char *end;
		void *dst = NULL;

		if (isspace((unsigned char)*fmt)) {
			while (isspace((unsigned char)*s))
				s++;
			continue;
		}
		if (*fmt != '%' || fmt[1] == '%') {
			if (*fmt == '%')
				fmt++;
			if (*s != *fmt)
				break;
			s++;
			continue;
		}
		fmt++;
		if (*fmt == '*') {
			skip = 1;
			fmt++;
		}
		while (isdigit((unsigned char)*fmt))
			width = width * 10 + (*fmt++ - '0');
		switch (*fmt) {
		case 'h': len = fmt[1] == 'h' ? (fmt++, L_HH) : L_H; fmt++; break;
		case 'l': len = fmt[1] == 'l' ? (fmt++, L_LL) : L_L; fmt++; break;
		case 'j': case 'z': case 't': case 'q': len = L_LL; fmt++; break;
		case 'L': len = L_BIG; fmt++; break;
		}
		conv = *fmt;
		if (!conv)
			break;
		if (!skip && conv != 'n')
			dst = va_arg(ap, void *);
		if (conv == 'n') {
			if (!skip)
				store_int(va_arg(ap, void *), len, (unsigned long long)(s - start));
			continue;
		}
		if (conv != 'c' && conv != '[')
			while (isspace((unsigned char)*s))
				s++;
		if (!*s)
			return count ? count : EOF;
		if (conv == 'c') {
			int n = width ? width : 1;
			if ((int)strnlen(s, n) < n)
				break;
			if (dst)
				memcpy(dst, s, n);
			s += n;
		} else if (conv == 's' || conv == '[') {
			const char *set = fmt + 1, *set_end = fmt;
			int n = 0;
			if (conv == '[')
				in_set(set, 0, &set_end);
			while (s[n] && (!width || n < width) &&
			       (conv == 's' ? !isspace((unsigned char)s[n])
					    : in_set(set, (unsigned char)s[n], &set_end)))
				n++;
			if (conv == '[')
				fmt = set_end;
			if (!n)
				break;
			if (dst) {
				memcpy(dst, s, n);
				((char *)dst)[n] = 0;
			}
			s += n;
		} else {
			int max = width && width < (int)sizeof field ? width : (int)sizeof field - 1;
			int n = (int)strnlen(s, (size_t)max);
			memcpy(field, s, n);
			field[n] = 0;
			if (strchr("eEfFgGaA", conv)) {
				double d = strtod(field, &end);
				if (end == field)
					break;
				if (dst) {
					if (len == L_L)
						*(double *)dst = d;
					else if (len == L_BIG)
						*(long double *)dst = d;
					else
						*(float *)dst = (float)d;
				}
			} else {
				int base = conv == 'd' || conv == 'u' ? 10 : conv == 'o' ? 8
					 : conv == 'i' ? 0 : 16;
				unsigned long long v;
				if (conv == 'p')
					len = L_LL;
				else if (!strchr("diouxX", conv))
					break;
				v = conv == 'd' || conv == 'i' ? (unsigned long long)strtoll(field, &end, base)
							       : strtoull(field, &end, base);
				if (end == field)
					break;
				if (dst)
					store_int(dst, len, v);
			}
			s += end - field;
		}
		if (dst)
			count++;
	}
	return count;
}

int sscanf(const char *s, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsscanf(s, fmt, ap);
	va_end(ap);
	return r;
}

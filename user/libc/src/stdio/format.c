/* The printf engine: flags, width, precision, length modifiers and the
 * conversions d i u o x X c s p n % m, lc and ls (floating ones in
 * format_float.c). */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include "format.h"

static void stage_flush(struct sink *k)
{
	if (k->nstage && fwrite(k->stage, 1, k->nstage, k->f) != (size_t)k->nstage)
		k->err = 1;
	k->nstage = 0;
}

void __sink_put(struct sink *k, const char *s, size_t n)
{
	if (k->f) {
		while (n) {
			size_t room = sizeof k->stage - k->nstage;
			size_t m = n < room ? n : room;
			memcpy(k->stage + k->nstage, s, m);
			k->nstage += (int)m;
			k->len += m;
			s += m;
			n -= m;
			if (k->nstage == (int)sizeof k->stage)
				stage_flush(k);
		}
		return;
	}
	for (; n; n--, s++, k->len++)
		if (k->len + 1 < k->cap)
			k->s[k->len] = *s;
}

void __sink_pad(struct sink *k, char c, long n)
{
	char buf[32];

	memset(buf, c, sizeof buf);
	for (; n > 0; n -= (long)sizeof buf)
		__sink_put(k, buf, n < (long)sizeof buf ? (size_t)n : sizeof buf);
}

/* One integer conversion: sign or prefix, precision zeros, digits, padding. */
static void format_int(struct sink *k, uintmax_t v, int neg, int flags, int width,
		       int prec, int conv)
{
	const char *digits = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
	unsigned base = conv == 'o' ? 8 : (conv | 32) == 'x' || conv == 'p' ? 16 : 10;
	char buf[32], prefix[3] = "";
	int n = 0, zeros, fill;

	while (v) {
		buf[sizeof buf - 1 - n++] = digits[v % base];
		v /= base;
	}
	if (prec < 0)
		prec = 1;
	else
		flags &= ~FL_ZERO;
	zeros = prec > n ? prec - n : 0;
	/* %#o: the first digit is 0 (a nonzero value's first digit is not). */
	if (conv == 'o' && (flags & FL_HASH) && zeros == 0)
		zeros = 1;
	if (neg)
		strcpy(prefix, "-");
	else if ((flags & FL_PLUS) && (conv == 'd' || conv == 'i'))
		strcpy(prefix, "+");
	else if ((flags & FL_SPACE) && (conv == 'd' || conv == 'i'))
		strcpy(prefix, " ");
	else if ((conv == 'p' || ((conv | 32) == 'x' && (flags & FL_HASH))) && n)
		strcpy(prefix, conv == 'X' ? "0X" : "0x");
	fill = width - (int)strlen(prefix) - zeros - n;
	if (fill < 0)
		fill = 0;
	if (flags & FL_ZERO && !(flags & FL_MINUS)) {
		zeros += fill;
		fill = 0;
	}
	if (!(flags & FL_MINUS))
		__sink_pad(k, ' ', fill);
	__sink_put(k, prefix, strlen(prefix));
	__sink_pad(k, '0', zeros);
	__sink_put(k, buf + sizeof buf - n, n);
	if (flags & FL_MINUS)
		__sink_pad(k, ' ', fill);
}

static void format_text(struct sink *k, const char *s, size_t n, int flags, int width)
{
	long fill = width - (long)n;

	if (!(flags & FL_MINUS))
		__sink_pad(k, ' ', fill);
	__sink_put(k, s, n);
	if (flags & FL_MINUS)
		__sink_pad(k, ' ', fill);
}

/* %ls: wide characters as bytes (the "C" locale); -1 if one is not a
 * byte. The precision counts bytes. */
static int format_wide(struct sink *k, const wchar_t *w, int flags, int width, int prec)
{
	size_t n = 0;
	char buf[64];

	while (w[n] && (prec < 0 || n < (size_t)prec))
		if (w[n++] > 255)
			return -1;
	if (!(flags & FL_MINUS))
		__sink_pad(k, ' ', width - (long)n);
	for (size_t i = 0; i < n; i += sizeof buf) {
		size_t m = n - i < sizeof buf ? n - i : sizeof buf;
		for (size_t j = 0; j < m; j++)
			buf[j] = (char)w[i + j];
		__sink_put(k, buf, m);
	}
	if (flags & FL_MINUS)
		__sink_pad(k, ' ', width - (long)n);
	return 0;
}

enum { L_NONE, L_HH, L_H, L_L, L_LL, L_J, L_Z, L_T, L_BIG };

static int parse_num(const char **p)
{
	int n = 0;

	while (**p >= '0' && **p <= '9') {
		if (n < 100000000)
			n = n * 10 + (**p - '0');
		(*p)++;
	}
	return n;
}

int __format(struct sink *k, const char *fmt, va_list *ap)
{
	int saved_errno = errno;
	const char *p = fmt;

	while (*p) {
		int flags = 0, width = 0, prec = -1, len = L_NONE;
		const char *start = p;
		uintmax_t v;
		int neg = 0;

		if (*p != '%') {
			const char *q = strchr(p, '%');
			size_t n = q ? (size_t)(q - p) : strlen(p);
			__sink_put(k, p, n);
			p += n;
			continue;
		}
		for (p++;; p++) {
			if (*p == '-') flags |= FL_MINUS;
			else if (*p == '+') flags |= FL_PLUS;
			else if (*p == ' ') flags |= FL_SPACE;
			else if (*p == '#') flags |= FL_HASH;
			else if (*p == '0') flags |= FL_ZERO;
			else if (*p == '\'') continue; /* grouping: none in "C" */
			else break;
		}
		if (*p == '*') {
			width = va_arg(*ap, int);
			if (width < 0) {
				flags |= FL_MINUS;
				width = -width;
			}
			p++;
		} else {
			width = parse_num(&p);
		}
		if (*p == '.') {
			p++;
			if (*p == '*') {
				prec = va_arg(*ap, int);
				if (prec < 0)
					prec = -1;
				p++;
			} else {
				prec = parse_num(&p);
			}
		}
		switch (*p) {
		case 'h': len = p[1] == 'h' ? (p++, L_HH) : L_H; p++; break;
		case 'l': len = p[1] == 'l' ? (p++, L_LL) : L_L; p++; break;
		case 'q': len = L_LL; p++; break;
		case 'j': len = L_J; p++; break;
		case 'z': len = L_Z; p++; break;
		case 't': len = L_T; p++; break;
		case 'L': len = L_BIG; p++; break;
		}
		switch (*p) {
		case 'd':
		case 'i': {
			intmax_t s;
			switch (len) {
			case L_HH: s = (signed char)va_arg(*ap, int); break;
			case L_H: s = (short)va_arg(*ap, int); break;
			case L_NONE: s = va_arg(*ap, int); break;
			default: s = va_arg(*ap, long); break;
			}
			neg = s < 0;
			v = neg ? -(uintmax_t)s : (uintmax_t)s;
			format_int(k, v, neg, flags, width, prec, *p);
			break;
		}
		case 'u':
		case 'o':
		case 'x':
		case 'X':
			switch (len) {
			case L_HH: v = (unsigned char)va_arg(*ap, unsigned); break;
			case L_H: v = (unsigned short)va_arg(*ap, unsigned); break;
			case L_NONE: v = va_arg(*ap, unsigned); break;
			default: v = va_arg(*ap, unsigned long); break;
			}
			format_int(k, v, 0, flags, width, prec, *p);
			break;
		case 'p': {
			void *ptr = va_arg(*ap, void *);
			if (ptr)
				format_int(k, (uintptr_t)ptr, 0, flags, width, -1, 'p');
			else
				format_text(k, "(nil)", 5, flags, width);
			break;
		}
		case 'c': {
			/* %lc: a wide character; in the "C" locale, one byte. */
			unsigned wc = va_arg(*ap, unsigned);
			char c = (char)wc;
			if (len == L_L && wc > 255)
				goto bad_wide;
			format_text(k, &c, 1, flags, width);
			break;
		}
		case 's': {
			const char *s;
			if (len == L_L) {
				const wchar_t *w = va_arg(*ap, const wchar_t *);
				if (w && format_wide(k, w, flags, width, prec) < 0)
					goto bad_wide;
				if (w)
					break;
				s = NULL;
			} else {
				s = va_arg(*ap, const char *);
			}
			if (!s)
				s = prec < 0 || prec >= 6 ? "(null)" : "";
			format_text(k, s, prec < 0 ? strlen(s) : strnlen(s, prec), flags, width);
			break;
		}
		case 'm': {
			const char *s = strerror(saved_errno);
			format_text(k, s, strlen(s), flags, width);
			break;
		}
		case 'n': {
			void *dst = va_arg(*ap, void *);
			switch (len) {
			case L_HH: *(signed char *)dst = (signed char)k->len; break;
			case L_H: *(short *)dst = (short)k->len; break;
			case L_NONE: *(int *)dst = (int)k->len; break;
			default: *(long *)dst = (long)k->len; break;
			}
			break;
		}
		case 'e': case 'E': case 'f': case 'F':
		case 'g': case 'G': case 'a': case 'A': {
			struct fp_value fv;
			if (len == L_BIG) {
				/* binary128, low half first */
				long double x = va_arg(*ap, long double);
				uint64_t raw[2];
				memcpy(raw, &x, sizeof raw);
				fv.f = FP_BINARY128;
				fv.bits.lo = raw[0];
				fv.bits.hi = raw[1];
			} else {
				double x = va_arg(*ap, double);
				fv.f = FP_BINARY64;
				fv.bits.hi = 0;
				memcpy(&fv.bits.lo, &x, sizeof x);
			}
			__format_float(k, &fv, flags, width, prec, *p);
			break;
		}
		case '%':
			__sink_put(k, "%", 1);
			break;
		default:
			/* Not a conversion: print it as it stands. */
			__sink_put(k, start, p - start + (*p != 0));
			break;
		}
		if (*p)
			p++;
	}
	if (0) {
bad_wide:
		k->err = 1;
		errno = EILSEQ;
	}
	if (k->f)
		stage_flush(k);
	else if (k->cap)
		k->s[k->len < k->cap ? k->len : k->cap - 1] = 0;
	if (!k->err && k->len > INT_MAX) {
		k->err = 1;
		errno = EOVERFLOW;
	}
	return k->err ? -1 : (int)k->len;
}

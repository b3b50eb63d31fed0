/* The scanf family: conversions d i u o x X c s [ n p e f g a and %%,
 * with '*', field widths and the length modifiers hh h l ll j z t q L.
 * Input is read one character at a time with one character of pushback,
 * from a string or a stream, as glibc does: a number's characters are
 * collected by its grammar and then converted by strtoull, strtod,
 * strtof or strtold. */
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Where characters come from: a string or a stream. */
struct source {
	const unsigned char *s;
	FILE *f;
	long count; /* characters consumed, for %n */
};

static int get(struct source *in)
{
	int c;

	if (in->f)
		c = fgetc(in->f);
	else
		c = *in->s ? *in->s++ : EOF;
	if (c != EOF)
		in->count++;
	return c;
}

static void unget(struct source *in, int c)
{
	if (c == EOF)
		return;
	in->count--;
	if (in->f)
		ungetc(c, in->f);
	else
		in->s--;
}

/* A field being collected: its characters and how many more it may take. */
struct field {
	char buf[512];
	int len, room;
};

static int take(struct field *fl, int c)
{
	if (fl->room <= 0 || fl->len == (int)sizeof fl->buf - 1)
		return 0;
	fl->buf[fl->len++] = (char)c;
	fl->room--;
	return 1;
}

/* The next character if the field may still grow, else EOF (pushed back). */
static int next(struct source *in, struct field *fl)
{
	return fl->room > 0 ? get(in) : EOF;
}

static int digit_in(int c, int base)
{
	int d = isdigit(c) ? c - '0' : isalpha(c) ? (c | 32) - 'a' + 10 : 99;
	return d < base;
}

/* An integer in base (0: by prefix) into fl; 0 if there is none. */
static int scan_int(struct source *in, struct field *fl, int base)
{
	int c = next(in, fl), digits = 0;

	if ((c == '+' || c == '-') && take(fl, c))
		c = next(in, fl);
	if ((base == 0 || base == 16) && c == '0' && take(fl, c)) {
		digits = 1;
		c = next(in, fl);
		if ((c | 32) == 'x' && take(fl, c)) {
			base = 16;
			c = next(in, fl);
		} else if (base == 0) {
			base = 8;
		}
	}
	if (base == 0)
		base = 10;
	while (c != EOF && digit_in(c, base) && take(fl, c)) {
		digits = 1;
		c = next(in, fl);
	}
	unget(in, c);
	return digits;
}

/* Characters of word w (any case) into fl; 0 on a mismatch. */
static int scan_word(struct source *in, struct field *fl, const char *w, int c)
{
	for (;; w++) {
		if (tolower(c) != *w || !take(fl, c)) {
			unget(in, c);
			return 0;
		}
		if (!w[1])
			return 1;
		c = next(in, fl);
	}
}

/* A floating number into fl; 0 if there is none. */
static int scan_float(struct source *in, struct field *fl)
{
	int c = next(in, fl), digits = 0, point = 0;
	int hex = 0; /* after "0x": the field's length then */

	if ((c == '+' || c == '-') && take(fl, c))
		c = next(in, fl);
	if ((c | 32) == 'i') {
		if (!scan_word(in, fl, "inf", c))
			return 0;
		c = next(in, fl);
		if ((c | 32) == 'i')
			return scan_word(in, fl, "inity", c) || 1;
		unget(in, c);
		return 1;
	}
	if ((c | 32) == 'n')
		return scan_word(in, fl, "nan", c);
	if (c == '0' && take(fl, c)) {
		digits = 1;
		c = next(in, fl);
		if ((c | 32) == 'x' && take(fl, c)) {
			hex = fl->len;
			c = next(in, fl);
		}
	}
	for (;; c = next(in, fl)) {
		if (c == '.' && !point && take(fl, c))
			point = 1;
		else if (c != EOF && (hex ? isxdigit(c) : isdigit(c)) && take(fl, c))
			digits = 1;
		else
			break;
	}
	if (digits && (c | 32) == (hex ? 'p' : 'e') && take(fl, c)) {
		c = next(in, fl);
		if ((c == '+' || c == '-') && take(fl, c))
			c = next(in, fl);
		while (c != EOF && isdigit(c) && take(fl, c))
			c = next(in, fl);
	}
	unget(in, c);
	/* A bare "0x" is no number, though "0x." is (glibc). */
	return digits && fl->len != hex;
}

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

/* Is c in the set that starts after "%[" at set; *end: the closing ']'. */
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

static int scan(struct source *in, const char *fmt, va_list *ap)
{
	int count = 0, c;

	for (; *fmt; fmt++) {
		int skip = 0, width = 0, len = L_NONE, conv, n = 0;
		struct field fl;
		void *dst = NULL;
		char *end;

		if (isspace((unsigned char)*fmt)) {
			while ((c = get(in)) != EOF && isspace(c))
				;
			unget(in, c);
			continue;
		}
		if (*fmt != '%' || fmt[1] == '%') {
			if (*fmt == '%') {
				fmt++;
				while ((c = get(in)) != EOF && isspace(c))
					;
			} else {
				c = get(in);
			}
			if (c != (unsigned char)*fmt) {
				unget(in, c);
				return c == EOF && !count ? EOF : count;
			}
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
		if (conv == 'n') {
			if (!skip)
				store_int(va_arg(*ap, void *), len, (unsigned long long)in->count);
			continue;
		}
		if (!skip)
			dst = va_arg(*ap, void *);
		if (conv != 'c' && conv != '[') {
			while ((c = get(in)) != EOF && isspace(c))
				;
			unget(in, c);
		}
		c = get(in);
		if (c == EOF)
			return count ? count : EOF;
		unget(in, c);
		fl.len = 0;
		fl.room = width ? width : conv == 'c' ? 1 : 0x7fffffff;
		if (conv == 'c') {
			for (; n < fl.room && (c = get(in)) != EOF; n++)
				if (dst)
					((char *)dst)[n] = (char)c;
			if (n < fl.room)
				break;
		} else if (conv == 's' || conv == '[') {
			const char *set = fmt + 1, *set_end = fmt;
			if (conv == '[')
				in_set(set, 0, &set_end);
			while (n < fl.room && (c = get(in)) != EOF &&
			       (conv == 's' ? !isspace(c) : in_set(set, c, &set_end))) {
				if (dst)
					((char *)dst)[n] = (char)c;
				n++;
			}
			if (n < fl.room)
				unget(in, c);
			if (conv == '[')
				fmt = set_end;
			if (!n)
				break;
			if (dst)
				((char *)dst)[n] = 0;
		} else if (strchr("eEfFgGaA", conv)) {
			/* What the grammar took is consumed even when it ends
			 * early ("1e+"): the value is its longest number. */
			long double x;
			if (!scan_float(in, &fl))
				break;
			fl.buf[fl.len] = 0;
			x = strtold(fl.buf, NULL);
			if (dst) {
				if (len == L_L)
					*(double *)dst = strtod(fl.buf, NULL);
				else if (len == L_BIG)
					*(long double *)dst = x;
				else
					*(float *)dst = strtof(fl.buf, NULL);
			}
		} else if (strchr("diouxXp", conv)) {
			int base = conv == 'd' || conv == 'u' ? 10 : conv == 'o' ? 8
				 : conv == 'i' ? 0 : 16;
			unsigned long long v;
			if (conv == 'p')
				len = L_LL;
			if (!scan_int(in, &fl, base))
				break;
			/* "0x" with no digit after it reads as 0, as in glibc. */
			if ((fl.buf[fl.len - 1] | 32) == 'x')
				fl.len--;
			fl.buf[fl.len] = 0;
			v = conv == 'd' || conv == 'i' ? (unsigned long long)strtoll(fl.buf, &end, base)
						       : strtoull(fl.buf, &end, base);
			if (*end)
				break;
			if (dst)
				store_int(dst, len, v);
		} else {
			break;
		}
		if (dst)
			count++;
	}
	return count;
}

int vsscanf(const char *s, const char *fmt, va_list ap)
{
	struct source in = { (const unsigned char *)s, NULL, 0 };
	va_list aq;
	int r;

	va_copy(aq, ap);
	r = scan(&in, fmt, &aq);
	va_end(aq);
	return r;
}

int vfscanf(FILE *f, const char *fmt, va_list ap)
{
	struct source in = { NULL, f, 0 };
	va_list aq;
	int r;

	va_copy(aq, ap);
	r = scan(&in, fmt, &aq);
	va_end(aq);
	return r;
}

int vscanf(const char *fmt, va_list ap)
{
	return vfscanf(stdin, fmt, ap);
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

int fscanf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfscanf(f, fmt, ap);
	va_end(ap);
	return r;
}

int scanf(const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfscanf(stdin, fmt, ap);
	va_end(ap);
	return r;
}

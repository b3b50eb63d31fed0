/* The printf engine: flags, width, precision, length modifiers and the
 * conversions d i u o x X c s p n % m, lc and ls (floating ones in
 * format_float.c), with the arguments taken in order or, in POSIX's
 * positional form (%n$ and *m$), by number. */
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

/* How an argument is passed, so how va_arg must take it. */
enum { A_NONE, A_INT, A_LONG, A_PTR, A_DOUBLE, A_LONG_DOUBLE };

union arg {
	long i; /* A_INT, converted, and A_LONG */
	void *p;
	double d;
	long double ld;
};

/* Where the arguments come from: in order from ap, or by number from
 * numbered[] (the first is 1), already taken from ap. */
struct args {
	va_list *ap;
	union arg *numbered;
};

/* One conversion specification. An argument's number is 0 for "the
 * next one", -1 for %0$ (no such argument). */
struct spec {
	int flags, width, prec, len, conv;
	int arg;        /* the number of the converted argument */
	int width_star; /* the width is argument width_arg (*, *m$) */
	int width_arg;
	int prec_star;  /* the precision is argument prec_arg (.*, .*m$) */
	int prec_arg;
};

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

/* A number and '$' give an argument's number; anything else is left
 * unread and is 0, the next argument. */
static int parse_arg(const char **p)
{
	const char *q = *p;
	int n = parse_num(&q);

	if (q == *p || *q != '$')
		return 0;
	*p = q + 1;
	return n ? n : -1;
}

/* Parses the specification that follows a '%', up to its conversion
 * character; returns where that is (the format's end if there is none). */
static const char *parse_spec(const char *p, struct spec *s)
{
	s->flags = 0;
	s->width = 0;
	s->prec = -1;
	s->len = L_NONE;
	s->width_star = s->prec_star = 0;
	s->width_arg = s->prec_arg = 0;
	s->arg = parse_arg(&p);
	for (;; p++) {
		if (*p == '-') s->flags |= FL_MINUS;
		else if (*p == '+') s->flags |= FL_PLUS;
		else if (*p == ' ') s->flags |= FL_SPACE;
		else if (*p == '#') s->flags |= FL_HASH;
		else if (*p == '0') s->flags |= FL_ZERO;
		else if (*p == '\'') continue; /* grouping: none in "C" */
		else break;
	}
	if (*p == '*') {
		p++;
		s->width_star = 1;
		s->width_arg = parse_arg(&p);
	} else {
		s->width = parse_num(&p);
	}
	if (*p == '.') {
		p++;
		if (*p == '*') {
			p++;
			s->prec_star = 1;
			s->prec_arg = parse_arg(&p);
		} else {
			s->prec = parse_num(&p);
		}
	}
	switch (*p) {
	case 'h': s->len = p[1] == 'h' ? (p++, L_HH) : L_H; p++; break;
	case 'l': s->len = p[1] == 'l' ? (p++, L_LL) : L_L; p++; break;
	case 'q': s->len = L_LL; p++; break;
	case 'j': s->len = L_J; p++; break;
	case 'z': s->len = L_Z; p++; break;
	case 't': s->len = L_T; p++; break;
	case 'L': s->len = L_BIG; p++; break;
	}
	s->conv = *p;
	return p;
}

/* How the converted argument is passed; A_NONE if there is none. */
static int arg_class(const struct spec *s)
{
	switch (s->conv) {
	case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
		return s->len == L_NONE || s->len == L_H || s->len == L_HH ? A_INT : A_LONG;
	case 'c':
		return A_INT;
	case 's': case 'p': case 'n':
		return A_PTR;
	case 'e': case 'E': case 'f': case 'F':
	case 'g': case 'G': case 'a': case 'A':
		return s->len == L_BIG ? A_LONG_DOUBLE : A_DOUBLE;
	}
	return A_NONE;
}

/* The next argument of ap. One that no conversion uses (a number
 * skipped in the positional form) is taken as an int, as glibc does. */
static void fetch(va_list *ap, int class, union arg *a)
{
	switch (class) {
	case A_LONG: a->i = va_arg(*ap, long); break;
	case A_PTR: a->p = va_arg(*ap, void *); break;
	case A_DOUBLE: a->d = va_arg(*ap, double); break;
	case A_LONG_DOUBLE: a->ld = va_arg(*ap, long double); break;
	default: a->i = va_arg(*ap, int); break;
	}
}

/* Argument number n, or the next one from ap. */
static void take(struct args *args, int n, int class, union arg *a)
{
	if (args->numbered)
		*a = args->numbered[n - 1];
	else
		fetch(args->ap, class, a);
}

/* A format's arguments, as its numbers tell them. */
struct numbering {
	unsigned char classes[NL_ARGMAX]; /* by number; A_NONE if unused */
	int max;                          /* the highest number */
	int unnumbered;                   /* references without a number */
	int bad;                          /* numbers 0 or past NL_ARGMAX */
};

static void note_arg(struct numbering *nb, int n, int class)
{
	if (n == 0) {
		nb->unnumbered++;
	} else if (n < 0 || n > NL_ARGMAX) {
		nb->bad++;
	} else {
		nb->classes[n - 1] = (unsigned char)class;
		if (n > nb->max)
			nb->max = n;
	}
}

/* POSIX's positional form. A va_list can only be walked forwards, so the
 * format is read once to learn the type of each number, then arguments 1
 * to the highest are taken from ap in order into numbered[]. Returns
 * that highest number, 0 if the format numbers none, or -1 if a number
 * is 0 or past NL_ARGMAX, or if the format mixes numbered and unnumbered
 * arguments (undefined). */
static int take_numbered(const char *fmt, va_list *ap, union arg *numbered)
{
	struct numbering nb = { { A_NONE }, 0, 0, 0 };
	const char *p = fmt;
	struct spec s;
	int i;

	while ((p = strchr(p, '%')) != NULL) {
		p = parse_spec(p + 1, &s);
		if (s.width_star)
			note_arg(&nb, s.width_arg, A_INT);
		if (s.prec_star)
			note_arg(&nb, s.prec_arg, A_INT);
		if (arg_class(&s) != A_NONE)
			note_arg(&nb, s.arg, arg_class(&s));
		if (*p)
			p++;
	}
	if (nb.max == 0 && nb.bad == 0)
		return 0;
	if (nb.bad || nb.unnumbered)
		return -1;
	for (i = 0; i < nb.max; i++)
		fetch(ap, nb.classes[i], &numbered[i]);
	return nb.max;
}

/* One conversion with its arguments. Returns 1 if s is not a
 * conversion, -1 for a wide character that is not a byte. */
static int convert(struct sink *k, const struct spec *s, struct args *args, int saved_errno)
{
	int flags = s->flags, width = s->width, prec = s->prec, class = arg_class(s);
	union arg a;
	uintmax_t v;

	if (s->width_star) {
		take(args, s->width_arg, A_INT, &a);
		width = (int)a.i;
		if (width < 0) {
			flags |= FL_MINUS;
			width = -width;
		}
	}
	if (s->prec_star) {
		take(args, s->prec_arg, A_INT, &a);
		prec = a.i < 0 ? -1 : (int)a.i;
	}
	if (class != A_NONE)
		take(args, s->arg, class, &a);
	switch (s->conv) {
	case 'd':
	case 'i': {
		long n = a.i;
		switch (s->len) {
		case L_HH: n = (signed char)n; break;
		case L_H: n = (short)n; break;
		}
		v = n < 0 ? -(uintmax_t)n : (uintmax_t)n;
		format_int(k, v, n < 0, flags, width, prec, s->conv);
		break;
	}
	case 'u':
	case 'o':
	case 'x':
	case 'X':
		switch (s->len) {
		case L_HH: v = (unsigned char)a.i; break;
		case L_H: v = (unsigned short)a.i; break;
		case L_NONE: v = (unsigned)a.i; break;
		default: v = (unsigned long)a.i; break;
		}
		format_int(k, v, 0, flags, width, prec, s->conv);
		break;
	case 'p':
		if (a.p)
			format_int(k, (uintptr_t)a.p, 0, flags, width, -1, 'p');
		else
			format_text(k, "(nil)", 5, flags, width);
		break;
	case 'c': {
		/* %lc: a wide character; in the "C" locale, one byte. */
		unsigned wc = (unsigned)a.i;
		char c = (char)wc;
		if (s->len == L_L && wc > 255)
			return -1;
		format_text(k, &c, 1, flags, width);
		break;
	}
	case 's': {
		const char *str = a.p;
		if (s->len == L_L && a.p) {
			if (format_wide(k, a.p, flags, width, prec) < 0)
				return -1;
			break;
		}
		if (!str)
			str = prec < 0 || prec >= 6 ? "(null)" : "";
		format_text(k, str, prec < 0 ? strlen(str) : strnlen(str, prec), flags, width);
		break;
	}
	case 'm': {
		const char *str = strerror(saved_errno);
		format_text(k, str, strlen(str), flags, width);
		break;
	}
	case 'n':
		switch (s->len) {
		case L_HH: *(signed char *)a.p = (signed char)k->len; break;
		case L_H: *(short *)a.p = (short)k->len; break;
		case L_NONE: *(int *)a.p = (int)k->len; break;
		default: *(long *)a.p = (long)k->len; break;
		}
		break;
	case 'e': case 'E': case 'f': case 'F':
	case 'g': case 'G': case 'a': case 'A': {
		struct fp_value fv;
		if (s->len == L_BIG) {
			/* binary128, low half first */
			uint64_t raw[2];
			memcpy(raw, &a.ld, sizeof raw);
			fv.f = FP_BINARY128;
			fv.bits.lo = raw[0];
			fv.bits.hi = raw[1];
		} else {
			fv.f = FP_BINARY64;
			fv.bits.hi = 0;
			memcpy(&fv.bits.lo, &a.d, sizeof a.d);
		}
		__format_float(k, &fv, flags, width, prec, s->conv);
		break;
	}
	case '%':
		__sink_put(k, "%", 1);
		break;
	default:
		return 1;
	}
	return 0;
}

/* The end: the stream gets what is staged, the string its 0. */
static int finish(struct sink *k)
{
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

int __format(struct sink *k, const char *fmt, va_list *ap)
{
	int saved_errno = errno;
	union arg numbered[NL_ARGMAX];
	struct args args = { ap, NULL };
	const char *p = fmt;
	struct spec s;

	/* Only a format with a '$' in it can number its arguments. */
	if (strchr(fmt, '$')) {
		int n = take_numbered(fmt, ap, numbered);
		if (n < 0) {
			k->err = 1;
			errno = EINVAL;
			return finish(k);
		}
		if (n > 0)
			args.numbered = numbered;
	}
	while (*p) {
		const char *start = p;
		int r;

		if (*p != '%') {
			const char *q = strchr(p, '%');
			size_t n = q ? (size_t)(q - p) : strlen(p);
			__sink_put(k, p, n);
			p += n;
			continue;
		}
		p = parse_spec(p + 1, &s);
		r = convert(k, &s, &args, saved_errno);
		if (r < 0) {
			k->err = 1;
			errno = EILSEQ;
			break;
		}
		/* Not a conversion: print it as it stands. */
		if (r > 0)
			__sink_put(k, start, p - start + (*p != 0));
		if (*p)
			p++;
	}
	return finish(k);
}

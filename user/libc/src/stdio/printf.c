/* The printf family: each sets up a sink and calls __format. */
#include <stdarg.h>
#include "format.h"
#include "stdio_impl.h"

int vfprintf(FILE *f, const char *fmt, va_list ap)
{
	struct sink k = { 0 };
	va_list aq;
	int r;

	k.f = f;
	va_copy(aq, ap);
	r = __format(&k, fmt, &aq);
	va_end(aq);
	if (r >= 0 && (f->flags & F_ERR))
		r = -1;
	return r;
}

int vsnprintf(char *s, size_t n, const char *fmt, va_list ap)
{
	struct sink k = { 0 };
	va_list aq;
	int r;

	k.s = s;
	k.cap = n;
	va_copy(aq, ap);
	r = __format(&k, fmt, &aq);
	va_end(aq);
	return r;
}

int vsprintf(char *s, const char *fmt, va_list ap)
{
	return vsnprintf(s, (size_t)-1 / 2, fmt, ap);
}

int vprintf(const char *fmt, va_list ap)
{
	return vfprintf(stdout, fmt, ap);
}

int vdprintf(int fd, const char *fmt, va_list ap)
{
	FILE f = { 0 };

	f.fd = fd;
	f.flags = F_WRITE | F_NOBUF;
	return vfprintf(&f, fmt, ap);
}

int printf(const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfprintf(stdout, fmt, ap);
	va_end(ap);
	return r;
}

int fprintf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfprintf(f, fmt, ap);
	va_end(ap);
	return r;
}

int sprintf(char *s, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsprintf(s, fmt, ap);
	va_end(ap);
	return r;
}

int snprintf(char *s, size_t n, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(s, n, fmt, ap);
	va_end(ap);
	return r;
}

int dprintf(int fd, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vdprintf(fd, fmt, ap);
	va_end(ap);
	return r;
}

#ifndef _MATH_H
#define _MATH_H

/* What the chain's programs use; exact operations only. */
#define HUGE_VAL (1.0 / 0.0)
#define INFINITY (1.0f / 0.0f)
#define NAN (0.0f / 0.0f)
#define isnan(x) ((x) != (x))
#define isinf(x) (!isnan(x) && isnan((x) - (x)))
#define isfinite(x) (!isnan((x) - (x)))
#define signbit(x) __signbit((double)(x))

int __signbit(double x);
double ldexp(double x, int e);
double frexp(double x, int *e);
double fabs(double x);
double floor(double x);
double ceil(double x);
double trunc(double x);
double fmod(double x, double y);
double modf(double x, double *ip);
double sqrt(double x);
long double ldexpl(long double x, int e);

#endif

#ifndef _MATH_H
#define _MATH_H

/* The exact operations (src/math/math.c) and, within an ulp, the
 * transcendental ones (the other files of src/math). */
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
double round(double x);
long lround(double x);
long double ldexpl(long double x, int e);

double exp(double x);
double log(double x);
double log2(double x);
double log10(double x);
double pow(double x, double y);
double sin(double x);
double cos(double x);
double tan(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);
double sinh(double x);
double cosh(double x);
double tanh(double x);

#endif

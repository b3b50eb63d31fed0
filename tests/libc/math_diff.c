/* math.h against glibc where the result is exact: special values (C99
 * Annex F: nan, infinities, signed zeros, poles, domain errors, overflow
 * and underflow, with errno), results that are exactly representable
 * (log2(2^k), log10(10^k), pow(2, k), pow(3, k), pow(x, 0.5) of squares,
 * ...), constants any accurate result rounds to (pi/2, pi/4, 3pi/4 from
 * atan2), and round and lround. The rest, an ulp apart at times, is
 * math_ulp.c's. Each function is called through a volatile pointer: gcc
 * folds calls with constant arguments and assumes its built-in math
 * functions leave errno alone. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef double (*fn1)(double);
typedef double (*fn2)(double, double);

static void line1(const char *name, fn1 f, double x)
{
	fn1 volatile g = f;
	double r;

	errno = 0;
	r = g(x);
	printf("%s(%a) = %a errno %d\n", name, x, r, errno);
}

static void line2(const char *name, fn2 f, double x, double y)
{
	fn2 volatile g = f;
	double r;

	errno = 0;
	r = g(x, y);
	printf("%s(%a, %a) = %a errno %d\n", name, x, y, r, errno);
}

#define SEED 0x853c49e6748fea9bULL
#include "testlib.h"

#define N(a) (int)(sizeof(a) / sizeof((a)[0]))
#define TINY 0x1p-1074
#define BIG 0x1.fffffffffffffp1023
/* by its bits: tcc's -x is -0.0 - x, which keeps a nan's sign */
#define NEG_NAN from_bits(0xfff8000000000000ULL)

static const struct {
	const char *name;
	fn1 f;
} fns[] = {
	{ "sin", sin }, { "cos", cos }, { "tan", tan }, { "asin", asin }, { "acos", acos },
	{ "atan", atan }, { "sinh", sinh }, { "cosh", cosh }, { "tanh", tanh }, { "exp", exp },
	{ "log", log }, { "log10", log10 }, { "log2", log2 }, { "round", round },
};

/* Arguments whose result is special for every function above. */
static void specials(void)
{
	const double xs[] = { 0.0, -0.0, INFINITY, -INFINITY, NAN, NEG_NAN };
	int i, j;

	for (i = 0; i < N(fns); i++)
		for (j = 0; j < N(xs); j++)
			line1(fns[i].name, fns[i].f, xs[j]);
}

static void edges(void)
{
	const double tiny[] = { TINY, -TINY, 0x1p-1022, -0x1p-1022, 0x1p-40, -0x1p-40 };
	const double domain[] = { 1, -1, 0x1.0000000000001p0, -0x1.0000000000001p0, 2, -2,
				  BIG, -BIG };
	const double big[] = { 800, -800, 1e300, -1e300, BIG, -BIG };
	const double logs[] = { 1, -1, -TINY, -BIG };
	double x10;
	int i, j;

	/* x, or 1, rounded */
	for (i = 0; i < N(fns); i++)
		for (j = 0; j < N(tiny); j++)
			if (fns[i].f != acos && fns[i].f != log && fns[i].f != log10 &&
			    fns[i].f != log2)
				line1(fns[i].name, fns[i].f, tiny[j]);
	line1("acos", acos, TINY);
	line1("acos", acos, -0x1p-1022);
	for (i = 0; i < N(domain); i++) {
		line1("asin", asin, domain[i]);
		line1("acos", acos, domain[i]);
	}
	line1("atan", atan, 1);
	line1("atan", atan, -1);
	line1("atan", atan, BIG);
	line1("atan", atan, -BIG);
	for (i = 0; i < N(big); i++) {
		line1("sinh", sinh, big[i]);
		line1("cosh", cosh, big[i]);
		line1("tanh", tanh, big[i]);
		line1("exp", exp, big[i]);
	}
	line1("tanh", tanh, 30);
	line1("tanh", tanh, -30);
	line1("exp", exp, -746);
	line1("exp", exp, -745.2);
	line1("exp", exp, 710);
	for (i = 0; i < N(logs); i++) {
		line1("log", log, logs[i]);
		line1("log2", log2, logs[i]);
		line1("log10", log10, logs[i]);
	}
	for (i = -1074; i <= 1023; i++)
		line1("log2", log2, ldexp(1, i));
	for (i = 0, x10 = 1; i <= 22; i++, x10 *= 10)
		line1("log10", log10, x10);
}

/* C99 F.9.1.4 and whatever else is exact: zeros, infinities, nans, and
 * the eight directions of |x| == |y| */
static void atan2_cases(void)
{
	const double v[] = { 0.0, -0.0, 1, -1, 1e300, -1e300, TINY, -TINY,
			     INFINITY, -INFINITY, NAN };
	int i, j;

	for (i = 0; i < N(v); i++)
		for (j = 0; j < N(v); j++)
			if (fabs(v[i]) == fabs(v[j]) || !isfinite(v[i]) || !isfinite(v[j]) ||
			    v[i] == 0 || v[j] == 0)
				line2("atan2", atan2, v[i], v[j]);
	line2("atan2", atan2, 1e-300, 1e300);
	line2("atan2", atan2, -1e-300, 1e300);
	line2("atan2", atan2, -1e-300, -1e300);
	line2("atan2", atan2, 1e300, 1e-300);
	line2("atan2", atan2, 0x1p-1000, 0x1p60);
	line2("atan2", atan2, 0x1p-1000, -0x1p60);
}

/* C99 F.9.4.4, then exact powers */
static void pow_cases(void)
{
	const double xs[] = { 0.0, -0.0, 1, -1, 0.5, -0.5, 2, -2, INFINITY, -INFINITY, NAN };
	const double ys[] = { 0.0, -0.0, 1, -1, 2, -2, 3, -3, 0.5, -0.5, 2.5, -2.5,
			      INFINITY, -INFINITY, NAN };
	const double edge[][2] = {
		{ -8, 1.0 / 3 }, { 10, 400 }, { -10, 401 }, { -10, 400 }, { 10, -400 },
		{ -10, -401 }, { 0.5, 1075 }, { 1 + 0x1p-52, 0x1p70 }, { 1 - 0x1p-53, 0x1p70 },
		{ BIG, 2 }, { -BIG, 3 }, { BIG, 1 }, { BIG, -2 }, { TINY, 2 }, { -TINY, 3 },
		{ TINY, -1 }, { TINY, 0.5 }, { -TINY, 0.5 }, { -BIG, 0x1p60 }, { 0.5, -0x1p60 },
	};
	int i, j;

	for (i = 0; i < N(xs); i++)
		for (j = 0; j < N(ys); j++)
			if (xs[i] == 0 || xs[i] == 1 || !isfinite(xs[i]) || !isfinite(ys[j]) ||
			    ys[j] == (int)ys[j] || xs[i] < 0)
				line2("pow", pow, xs[i], ys[j]);
	for (i = 0; i < N(edge); i++)
		line2("pow", pow, edge[i][0], edge[i][1]);
	for (i = -1080; i <= 1025; i++) {
		line2("pow", pow, 2, i);
		if (i % 7 == 0)
			line2("pow", pow, -2, i);
	}
	for (i = 0; i <= 33; i++) {
		line2("pow", pow, 3, i);
		line2("pow", pow, -3, i);
		line2("pow", pow, 10, i < 23 ? i : 22 - i);
	}
	for (i = -40; i <= 40; i++) {
		line2("pow", pow, 0.25, i);
		line2("pow", pow, (double)(i * i), 0.5);
		line2("pow", pow, (double)(i * i * i * i), 0.25);
		line2("pow", pow, (double)i, 1);
		line2("pow", pow, 1.0 + i / 64.0, 2);
	}
	for (i = 0; i < 200; i++) {
		/* 26-bit significands square exactly */
		double x = ldexp((double)(next() >> 38), (int)(next() % 200) - 100);
		line2("pow", pow, x, 2);
		line2("pow", pow, x * x, 0.5);
		line2("pow", pow, from_bits(next() >> 1), 1);
	}
}

static void line_round(double x)
{
	long (*volatile g)(double) = lround;

	line1("round", round, x);
	printf("lround(%a) = %ld\n", x, g(x));
}

static void round_cases(void)
{
	const double v[] = { 0.5, 0.49999999999999994, 1.5, 2.5, 0x1p52 - 0.5, 0x1p52, 0x1p53,
			     0x1p62 + 0x1p10, 0x1p63 - 1024, 0x1p63, 1e300, INFINITY, NAN };
	int i;

	for (i = 0; i < N(v); i++) {
		line_round(v[i]);
		line_round(isnan(v[i]) ? NEG_NAN : -v[i]);
	}
	for (i = -40; i <= 40; i++)
		line_round(i / 4.0);
	for (i = 0; i < 500; i++) {
		uint64_t e = 1023 - 20 + next() % 90;
		line_round(from_bits((next() & (1ULL << 63)) | e << 52 | (next() >> 12)));
	}
}

int main(void)
{
	specials();
	edges();
	atan2_cases();
	pow_cases();
	round_cases();
	return 0;
}

/* The transcendental functions of math.h within 1 ulp of the true value.
 *
 * Built against glibc, this prints the reference: one line per case with
 * the function, its arguments, the result of glibc's long double
 * (binary128) function rounded to double, which is the correctly rounded
 * result but for cases within about 2^-55 ulp of a halfway point, and the
 * errno of glibc's double function. (glibc 2.36's own double sinh, tanh
 * and log10 are up to 2 ulp off, so they would make a poor reference.)
 * Built against our libc, it reads that file, math_ulp.ref, and prints a
 * FAIL line for each result more than 1 ulp from the reference, not equal
 * to an inf, nan or 0 in it, or with another errno; and per function the
 * number of cases, how many equal the reference, and how many are 1 ulp
 * off.
 *
 * The cases: hard ones (doubles nearest to multiples of pi/2, the edges
 * of the reductions, overflow and underflow thresholds, subnormals, huge
 * and negative arguments, integers and halves for pow), then RANDOM
 * pseudo-random arguments per function from a fixed-seed generator, over
 * the exponents of each function's domain.
 *
 * Measured with mpmath over these cases, our results are within 0.505 ulp
 * of the true value (tan; sin and cos 0.503, the others 0.5003), so 0 or
 * 1 ulp from the reference. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define RANDOM 3000

struct fn {
	const char *name;
	double (*f1)(double);
	double (*f2)(double, double);
};

static const struct fn fns[] = {
	{ "sin", sin, 0 }, { "cos", cos, 0 }, { "tan", tan, 0 },
	{ "asin", asin, 0 }, { "acos", acos, 0 }, { "atan", atan, 0 },
	{ "atan2", 0, atan2 },
	{ "sinh", sinh, 0 }, { "cosh", cosh, 0 }, { "tanh", tanh, 0 },
	{ "exp", exp, 0 }, { "log", log, 0 }, { "log10", log10, 0 }, { "log2", log2, 0 },
	{ "pow", 0, pow },
};
#define NFNS (int)(sizeof fns / sizeof fns[0])

static double from_bits(uint64_t b)
{
	double d;
	memcpy(&d, &b, sizeof d);
	return d;
}

static uint64_t to_bits(double d)
{
	uint64_t b;
	memcpy(&b, &d, sizeof b);
	return b;
}

#ifdef __GLIBC__

static long double (*const lfns[])(long double) = {
	sinl, cosl, tanl, asinl, acosl, atanl, 0, sinhl, coshl, tanhl,
	expl, logl, log10l, log2l, 0,
};

static uint64_t state = 0x2545f4914f6cdd1dULL;

static uint64_t next(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

/* a double with a random significand and sign, exponent in [lo, hi] */
static double rnd(int lo, int hi)
{
	uint64_t e = (uint64_t)(lo + (int)(next() % (uint64_t)(hi - lo + 1)) + 1023);
	return from_bits(e << 52 | (next() & ((1ULL << 52) - 1)) | (next() & 1) << 63);
}

/* a random subnormal */
static double subnormal(void)
{
	return from_bits(next() >> (12 + next() % 52));
}

/* a random double in [lo, hi) */
static double uniform(double lo, double hi)
{
	return lo + (hi - lo) * (double)(next() >> 11) * 0x1p-53;
}

/* x moved by k ulps */
static double ulps(double x, int k)
{
	return from_bits(to_bits(x) + (uint64_t)(int64_t)k);
}

static void one(int i, double x, double y)
{
	const struct fn *f = &fns[i];
	long double r;
	int e;

	/* called through volatile pointers: gcc assumes that its built-in
	 * sin and friends leave errno alone */
	double (*volatile f1)(double) = f->f1;
	double (*volatile f2)(double, double) = f->f2;

	errno = 0;
	if (f1)
		f1(x);
	else
		f2(x, y);
	e = errno;
	if (f->f1)
		r = lfns[i](x);
	else if (f->f2 == atan2)
		r = atan2l(x, y);
	else
		r = powl(x, y);
	printf("%s %016llx %016llx %016llx %d\n", f->name, (unsigned long long)to_bits(x),
	       (unsigned long long)to_bits(y), (unsigned long long)to_bits((double)r), e);
}

static int find(const char *name)
{
	int i;

	for (i = 0; strcmp(fns[i].name, name); i++)
		;
	return i;
}

/* the doubles nearest to multiples of pi/2, one per binade below 2^24,
 * and the nearest of all (6381956970095103 * 2^797) */
static const double near_pio2[] = {
	0x1.921fb54442d18p+0, 0x1.921fb54442d18p+1, 0x1.2d97c7f3321d2p+2,
	0x1.2d97c7f3321d2p+3, 0x1.dd85a7410f58dp+4, 0x1.6c6cbc45dc8dep+5,
	0x1.6c6cbc45dc8dep+6, 0x1.6c6cbc45dc8dep+7, 0x1.6c6cbc45dc8dep+8,
	0x1.6c6cbc45dc8dep+9, 0x1.6c6cbc45dc8dep+10, 0x1.6c6cbc45dc8dep+11,
	0x1.6c6cbc45dc8dep+12, 0x1.6c6cbc45dc8dep+13, 0x1.635e3d74befcap+14,
	0x1.67e57cdd4dc54p+15, 0x1.65a1dd290660fp+16, 0x1.bf9b3c6059d24p+17,
	0x1.39c6fd67805a7p+18, 0x1.39c6fd67805a7p+19, 0x1.9eb7148f354d6p+20,
	0x1.9eb7148f354d6p+21, 0x1.9eb7148f354d6p+22, 0x1.b951f1572eba5p+23,
	0x1.6ac5b262ca1ffp+849,
};

static const double trig_hard[] = {
	0x1.921fb54442d18p-1, 0x1.921fb54442d19p-1, 0x1.921fb54442d17p-1, /* pi/4 */
	0x1p-26, 0x1p-27, 0x1.fffffffffffffp-28, 0x1p-1022, 0x1p-1074, 0x1p22,
	0x1.fffffffffffffp21, 0x1p20 * 3.141592653589793, 1e22, 1e300, 0x1.fffffffffffffp1023,
	0x1p1023, 0x1p60, 0x1p53, 0x1.0000000000001p53, 3.0, 6.0, 100.0, 1e6, 1e10,
};

static void hard(void)
{
	static const double xs[] = {
		0, 0x1p-1074, 0x1p-1022, 0x1p-60, 0x1p-27, 0x1p-26, 1.0 / 16,
		0x1.fffffffffffffp-5, 0.5, 0x1.fffffffffffffp-1, 1, 0x1.0000000000001p0,
		2, 10, 21.99, 22, 22.01, 100, 709.78, 709.7827128933840, 709.7827128933841,
		710.4758600739439, 710.475860073944, 711, -708.39, -708.3964185322641,
		-745.1332191019411, -745.1332191019412, -744.44, 1e300,
	};
	static const double ys[] = { 0.5, -0.5, 1.5, 2, 3, -1, -2, 10, 0.25, 1.0 / 3, 53, 1023, -1074 };
	int i, j, k;

	for (i = 0; i < (int)(sizeof near_pio2 / sizeof near_pio2[0]); i++) {
		for (k = -1; k <= 1; k++) {
			for (j = find("sin"); j <= find("tan"); j++) {
				one(j, ulps(near_pio2[i], k), 0);
				one(j, -ulps(near_pio2[i], k), 0);
			}
		}
	}
	for (i = 0; i < (int)(sizeof trig_hard / sizeof trig_hard[0]); i++)
		for (j = find("sin"); j <= find("tan"); j++)
			one(j, trig_hard[i], 0);
	for (i = 0; i < (int)(sizeof xs / sizeof xs[0]); i++) {
		for (j = 0; j < NFNS; j++) {
			if (fns[j].f1) {
				one(j, xs[i], 0);
				one(j, -xs[i], 0);
			}
		}
		one(find("atan2"), xs[i], 1);
		one(find("atan2"), -1, xs[i]);
		one(find("atan2"), xs[i], -xs[i]);
	}
	/* asin, acos next to +-1 */
	for (k = 1; k < 40; k++) {
		one(find("asin"), 1 - k * 0x1p-53, 0);
		one(find("acos"), -1 + k * 0x1p-53, 0);
		one(find("acos"), 1 - k * 0x1p-53, 0);
	}
	/* log next to 1 */
	for (k = -40; k <= 40; k++)
		for (j = find("log"); j <= find("log2"); j++)
			one(j, ulps(1, k), 0);
	/* pow: integers, halves, negative bases, near 1, edges */
	for (i = -20; i <= 20; i++)
		for (j = 0; j < (int)(sizeof ys / sizeof ys[0]); j++)
			one(find("pow"), i + (i & 1) * 0.5, ys[j]);
	for (k = -3; k <= 3; k++) {
		one(find("pow"), ulps(1, k), 0x1p60);
		one(find("pow"), ulps(1, k), -0x1p62);
		one(find("pow"), 2, 1024 + k * 0x1p-42);
		one(find("pow"), 2, -1074 + k * 0.25);
		one(find("pow"), 0.5, 1075 + k * 0.25);
		one(find("pow"), -10, 300 + k);
		one(find("pow"), 10, -323 - k);
	}
}

static void random_cases(void)
{
	int i, k;
	double x, y;

	for (k = 0; k < RANDOM; k++) {
		for (i = 0; i < NFNS; i++) {
			const char *n = fns[i].name;
			uint64_t r = next() % 8;
			int near1 = (int)(next() % 2000000) - 1000000;

			y = 0;
			if (!strcmp(n, "sin") || !strcmp(n, "cos") || !strcmp(n, "tan")) {
				x = r < 5 ? rnd(-3, 22) : r < 7 ? rnd(22, 1023) : rnd(-40, -3);
			} else if (!strcmp(n, "asin") || !strcmp(n, "acos")) {
				x = r < 6 ? rnd(-40, -1) : ulps(r & 1 ? 1 : -1, -(near1 & 0xffff));
			} else if (!strcmp(n, "atan")) {
				x = rnd(-40, 70);
			} else if (!strcmp(n, "atan2")) {
				x = rnd(-70, 70);
				y = r ? x * rnd(-40, 40) : rnd(-1022, 1023);
			} else if (!strcmp(n, "sinh") || !strcmp(n, "cosh") || !strcmp(n, "tanh")) {
				x = r < 6 ? rnd(-30, 4) : uniform(-712, 712);
			} else if (!strcmp(n, "exp")) {
				x = r < 5 ? uniform(-746, 710) : rnd(-60, 5);
			} else if (!strcmp(n, "pow")) {
				x = r < 5 ? rnd(-30, 30) : r < 7 ? ulps(1, near1) : rnd(-1022, 1023);
				x = fabs(x);
				/* y with |y log x| up to about 760 */
				y = r == 4 ? rnd(-20, 10) : uniform(-760, 760) / log(x);
				if (r == 3 && fabs(y) < 0x1p62) {
					x = -x;
					y = (double)(int64_t)y;
				}
			} else {
				x = r < 4 ? fabs(rnd(-1022, 1023)) : r < 5 ? subnormal() : ulps(1, near1);
			}
			one(i, x, y);
		}
	}
}

int main(void)
{
	hard();
	random_cases();
	return 0;
}

#else

/* per function, the results equal to the reference and those 1 ulp off */
static long same[NFNS], one_off[NFNS];

/* The order of doubles as integers: adjacent doubles differ by 1. */
static int64_t order(double x)
{
	uint64_t b = to_bits(x);
	return b >> 63 ? -(int64_t)(b & ~(1ULL << 63)) : (int64_t)b;
}

static void check(char *line)
{
	char name[16];
	unsigned long long a, b, want;
	int e, i, ours_e;
	double x, y, r, w;
	int64_t d;

	if (sscanf(line, "%15s %llx %llx %llx %d", name, &a, &b, &want, &e) != 5) {
		printf("FAIL bad reference line: %s", line);
		return;
	}
	for (i = 0; i < NFNS && strcmp(fns[i].name, name); i++)
		;
	if (i == NFNS) {
		printf("FAIL unknown function: %s\n", name);
		return;
	}
	x = from_bits(a);
	y = from_bits(b);
	w = from_bits(want);
	errno = 0;
	r = fns[i].f1 ? fns[i].f1(x) : fns[i].f2(x, y);
	ours_e = errno;
	d = order(r) - order(w);
	if (d < 0)
		d = -d;
	if (isnan(w) || isinf(w) || w == 0 || isinf(r) || r == 0)
		d = isnan(r) && isnan(w) ? 0 : to_bits(r) == to_bits(w) ? 0 : 2;
	if (d > 1 || ours_e != e) {
		printf("FAIL %s(%a", name, x);
		if (fns[i].f2)
			printf(", %a", y);
		printf(") = %a errno %d, want %a errno %d\n", r, ours_e, w, e);
		return;
	}
	if (d)
		one_off[i]++;
	else
		same[i]++;
}

int main(void)
{
	char line[256];
	FILE *f = fopen("math_ulp.ref", "r");
	int i;

	if (!f) {
		printf("FAIL no math_ulp.ref\n");
		return 1;
	}
	while (fgets(line, sizeof line, f))
		check(line);
	fclose(f);
	for (i = 0; i < NFNS; i++)
		printf("%s: %ld cases, %ld equal to the reference, %ld 1 ulp off\n", fns[i].name,
		       same[i] + one_off[i], same[i], one_off[i]);
	return 0;
}

#endif

/* Conversions between float, double, long double and the integers at
 * their edges, both as constants (folded by the compiler) and at run time
 * (through volatile): decimal constants of 17 and more digits rounded
 * correctly, halfway cases, denormals, -0.0, infinities and NaNs, int64
 * and uint64 limits. Each value is printed with %a, %.17g and its bits. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static void d(const char *what, double x)
{
	uint64_t u;

	memcpy(&u, &x, 8);
	printf("%-28s %-26a %-25.17g %016llx\n", what, x, x, (unsigned long long)u);
}

static void f(const char *what, float x)
{
	uint32_t u;

	memcpy(&u, &x, 4);
	printf("%-28s %-26a %-25.9g %08x\n", what, x, x, u);
}

static void q(const char *what, long double x)
{
	uint64_t u[2];

	memcpy(u, &x, 16);
	printf("%-28s %La %.36Lg %016llx%016llx\n", what, x, x, (unsigned long long)u[1],
	       (unsigned long long)u[0]);
}

static void i(const char *what, long long x)
{
	printf("%-28s %lld\n", what, x);
}

static void u(const char *what, unsigned long long x)
{
	printf("%-28s %llu %llx\n", what, x, x);
}

volatile double vd;
volatile float vf;
volatile long double vq;
volatile long long vi;
volatile unsigned long long vu;

int main(void)
{
	double zero = 0.0;

	/* decimal constants: correct rounding with 17 and more digits */
	d("0.1", 0.1);
	d("0.1000000000000000055511151", 0.1000000000000000055511151231257827);
	d("0.3000000000000000166533453", 0.30000000000000001665334536);
	d("2^53+1 (tie, to even)", 9007199254740993.0);
	d("2^53+3 (tie, to even)", 9007199254740995.0);
	d("2.2250738585072011e-308", 2.2250738585072011e-308);
	d("2.2250738585072012e-308", 2.2250738585072012e-308);
	d("DBL_MAX", 1.7976931348623157e308);
	d("DBL_MAX, 20 digits", 1.7976931348623158079e308);
	d("min denormal", 4.9406564584124654e-324);
	d("half min denormal (to 0)", 2.4703282292062327e-324);
	d("just above half", 2.4703282292062328e-324);
	d("1e23", 1e23);
	d("8.98846567431158e307", 8.98846567431158e307);
	d("long mantissa", 1.00000000000000011102230246251565404236316680908203125);
	d("above it", 1.000000000000000111022302462515654042363166809082031251);
	d("hex 0x1.fffffffffffff8p0", 0x1.fffffffffffff8p0);
	f("0.1f", 0.1f);
	f("1+2^-24 (tie, to even)", 1.000000059604644775390625f);
	f("1+2^-24+tiny (up)", 1.0000000596046447753906251f);
	f("FLT_MAX", 3.40282346638528859811704183484516925e38f);
	f("min denormal float", 1.40129846432481707092e-45f);
	f("float denormal", 1.1754942106924411e-38f);
	q("0.1L", 0.1L);
	q("1/3 as 40 digits", 0.3333333333333333333333333333333333333333L);
	q("LDBL_MAX", 1.18973149535723176508575932662800702e4932L);
	q("LDBL_MIN", 3.36210314311209350626267781732175260e-4932L);
	q("min denormal long double", 6.47517511943802511092443895822764655e-4966L);
	q("2^113+1 (tie, to even)", 10384593717069655257060992658440193.0L);

	/* -0.0, infinities, NaNs */
	d("-0.0", -0.0);
	d("0.0 * -1", zero * -1);
	d("1 / -0.0", 1 / -zero);
	d("-inf", -1e308 * 10);
	vd = 0.0;
	d("0/0 at run time", vd / vd);
	d("-(0/0) at run time", -(vd / vd));
	d("-0.0 + 0.0", -zero + 0.0);
	d("-0.0 - 0.0", -zero - 0.0);
	printf("-0.0 == 0.0: %d, nan == nan: %d, nan != nan: %d, -inf < -DBL_MAX: %d\n",
	       -zero == zero, vd / vd == vd / vd, vd / vd != vd / vd, -1 / zero < -1.7976931348623157e308);
	f("(float)-0.0", (float)-zero);
	q("(long double)-0.0", (long double)-zero);
	q("(long double)(1/-0.0)", (long double)(1 / -zero));

	/* between the floating types */
	vd = 0.1;
	f("(float)0.1", (float)vd);
	d("(double)(float)0.1", (double)(float)vd);
	q("(long double)0.1", (long double)vd);
	vq = 1.0L / 3;
	d("(double)(1.0L/3)", (double)vq);
	f("(float)(1.0L/3)", (float)vq);
	vd = 1e-40;
	f("(float)1e-40 (denormal)", (float)vd);
	vd = 4.9406564584124654e-324;
	q("(long double)min denormal", (long double)vd);
	f("(float)min denormal (to 0)", (float)vd);
	vq = 1e-4940L;
	d("(double)1e-4940L (to 0)", (double)vq);
	vd = 1.0000000596046448;
	f("(float)1.0000000596046448", (float)vd);
	vd = 1.0000000596046447;
	f("(float)1.0000000596046447", (float)vd);
	vq = 1.0L + 0x1p-53L;
	d("(double)(1+2^-53) (to even)", (double)vq);
	vq = 1.0L + 0x1p-53L + 0x1p-100L;
	d("(double)(1+2^-53+2^-100)", (double)vq);
	f("(float)(long double)2^-149", (float)0x1p-149L);

	/* integers to floating */
	vi = INT64_MAX;
	d("(double)INT64_MAX", (double)vi);
	q("(long double)INT64_MAX", (long double)vi);
	f("(float)INT64_MAX", (float)vi);
	vi = INT64_MIN;
	d("(double)INT64_MIN", (double)vi);
	q("(long double)INT64_MIN", (long double)vi);
	vi = (1LL << 53) + 1;
	d("(double)(2^53+1)", (double)vi);
	vi = 16777217;
	f("(float)16777217", (float)vi);
	vu = 0x8000000000000001ULL;
	d("(double)(2^63+1)", (double)vu);
	q("(long double)(2^63+1)", (long double)vu);
	vu = 0xfffffffffffff800ULL;
	d("(double)0xfffffffffffff800", (double)vu);
	vu = 0xfffffffffffffc00ULL;
	d("(double)0xfffffffffffffc00", (double)vu);
	vu = UINT64_MAX;
	d("(double)UINT64_MAX", (double)vu);
	f("(float)UINT64_MAX", (float)vu);
	q("(long double)UINT64_MAX", (long double)vu);
	d("constant (double)UINT64_MAX", (double)UINT64_MAX);
	d("constant (double)INT64_MIN", (double)INT64_MIN);
	f("constant (float)(2^63+2^39)", (float)0x8000008000000000ULL);
	f("constant (float)(2^63+2^39+1)", (float)0x8000008000000001ULL);

	/* floating to integers */
	vd = 9223372036854774784.0;
	i("(long long)(2^63-1024)", (long long)vd);
	vd = -9223372036854775808.0;
	i("(long long)-2^63", (long long)vd);
	vd = 18446744073709549568.0;
	u("(unsigned long long)(2^64-2048)", (unsigned long long)vd);
	vd = 9223372036854775808.0;
	u("(unsigned long long)2^63", (unsigned long long)vd);
	vd = 1.8446744073709550e19;
	u("(u64)1.8446744073709550e19", (unsigned long long)vd);
	vd = -2147483648.9;
	i("(int)-2147483648.9", (int)vd);
	vd = 2147483647.99;
	i("(int)2147483647.99", (int)vd);
	vd = 4294967295.5;
	u("(unsigned)4294967295.5", (unsigned)vd);
	vd = -0.99;
	i("(int)-0.99", (int)vd);
	vq = 18446744073709551615.0L;
	u("(u64)(2^64-1).0L", (unsigned long long)vq);
	vq = -9223372036854775808.75L;
	i("(long long)(-2^63-0.75)L", (long long)vq);
	vf = 16777216.0f;
	i("(long long)16777216.0f", (long long)vf);
	vf = -0x1p63f;
	i("(long long)-2^63f", (long long)vf);
	i("constant (long long)-2^63", (long long)-9223372036854775808.0);
	u("constant (u64)2^63", (unsigned long long)9223372036854775808.0);
	u("constant (u64)(2^64-1).0L", (unsigned long long)18446744073709551615.0L);
	return 0;
}

/* strtod and the strtol family on a large table of inputs: hard fixed
 * cases, exact halfway points between doubles, random decimal strings
 * and round trips of random doubles, all from a fixed-seed generator.
 * Prints each result's bits, where parsing stopped and errno. Built
 * against our libc and against glibc; tests/libc/run compares. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t state = 0x9e3779b97f4a7c15ULL;

static uint64_t next(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

static void d_line(const char *s)
{
	char *end;
	double d;
	uint64_t b;

	errno = 0;
	d = strtod(s, &end);
	memcpy(&b, &d, sizeof b);
	printf("strtod \"%.60s\" -> %016llx end %d errno %d\n", s,
	       (unsigned long long)b, (int)(end - s), errno);
}

static void f_line(const char *s)
{
	char *end;
	float f;
	uint32_t b;

	errno = 0;
	f = strtof(s, &end);
	memcpy(&b, &f, sizeof b);
	printf("strtof \"%.60s\" -> %08x end %d\n", s, b, (int)(end - s));
}

static void ld_line(const char *s)
{
	char *end;
	long double x;
	uint64_t b[2];

	errno = 0;
	x = strtold(s, &end);
	memcpy(b, &x, sizeof b);
	printf("strtold \"%.60s\" -> %016llx%016llx end %d errno %d\n", s,
	       (unsigned long long)b[1], (unsigned long long)b[0], (int)(end - s), errno);
}

static void l_line(const char *s, int base)
{
	char *end;
	long l;
	unsigned long ul;
	long long ll;
	unsigned long long ull;

	errno = 0;
	l = strtol(s, &end, base);
	printf("strtol \"%s\" %d -> %ld end %d errno %d\n", s, base, l, (int)(end - s), errno);
	errno = 0;
	ul = strtoul(s, &end, base);
	printf("strtoul \"%s\" %d -> %lu end %d errno %d\n", s, base, ul, (int)(end - s), errno);
	errno = 0;
	ll = strtoll(s, &end, base);
	printf("strtoll \"%s\" %d -> %lld end %d errno %d\n", s, base, ll, (int)(end - s), errno);
	errno = 0;
	ull = strtoull(s, &end, base);
	printf("strtoull \"%s\" %d -> %llu end %d errno %d\n", s, base, ull, (int)(end - s), errno);
}

static const char *const fixed_d[] = {
	"0", "-0", "+0", "1", "-1", "0.1", ".1", "1.", ".", "-.", "+", "", "  \t\n 42",
	"1e10", "1E10", "1e", "1e+", "1e-", "1e+5x", "12abc", "abc", "0x", "0x1p3",
	"0X1P-3", "0x1.8", "0x.8p1", "0x1.fffffffffffffp1023", "0x1p1024",
	"0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x0.0000000000001p-1022",
	"0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000081p0",
	"0x123456789abcdef0123p0", "-0x", "0xg", "inf", "-inf", "INF", "Infinity",
	"-INFINITY", "infinit", "nan", "-nan", "NaN", "nan(123)", "nan(abc",
	"nanx", "1.7976931348623157e308", "1.7976931348623158e308",
	"1.7976931348623159e308", "1.797693134862315807e308",
	"1.7976931348623158079e308", "2e308", "1e309", "1e-400", "4.9e-324",
	"5e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
	"2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324",
	"2.2250738585072011e-308", "2.2250738585072012e-308",
	"2.2250738585072014e-308", "2.225073858507201136057409796709131975934819546351645648023426109724822222021076945516529523908135087914149158913039621106870086438694594645527657207407820621743379988141063267329253552286881372149012981122451451889849057222307285255133155755015914397476397983411801999323962548289017107081850690630666655994938275772572015763062690663332647565300009245888316433037779791869612049497390377829704905051080609940730262937128958950003583799967207254304360284078895771796150945516748243471030702609144621572289880258182545180325707018860872113128079512233426288368622321503775666622503982534335974568884423900265498198385487948292206894721689831099698365846814022854243330660339850886445804001034933970427567186443383770486037861622771738545623065874679014086723327636718751234567890123456789012345678901234567890e-308",
	"9007199254740993", "9007199254740992.5", "9007199254740993.0000000000000000001",
	"9007199254740995", "18014398509481985", "1.00000000000000011102230246251565404236316680908203125",
	"1.00000000000000011102230246251565404236316680908203124",
	"1.00000000000000011102230246251565404236316680908203126",
	"0.1e-0000000000000000000000000000000001", "1e-99999999999999999999",
	"1e99999999999999999999", "0e99999999", "000000000000000000001.5",
	"0.000000000000000000000000000000000000000000000000001e50",
	"123456789012345678901234567890e-20", "3.14159265358979323846264338327950288",
	"2.718281828459045235360287471352662497757", "1e23", "8.5e-1", "0.35",
	"7.038531e-26", "1.4e-45", "3.4028235e38", "3.4028236e38", "6.6e-308",
	"100000000000000016777215", "100000000000000016777216",
};

static const char *const fixed_l[] = {
	"0", "1", "-1", "+1", "42", "  -42", "0x1f", "0X1F", "0x", "0xg", "017",
	"08", "z", "Z", "zz", "2147483647", "2147483648", "-2147483648",
	"-2147483649", "4294967295", "4294967296", "9223372036854775807",
	"9223372036854775808", "-9223372036854775808", "-9223372036854775809",
	"18446744073709551615", "18446744073709551616", "-18446744073709551615",
	"-18446744073709551616", "99999999999999999999999", "", "-", "+", " ",
	"12abc", "1010", "777", "ffffffffffffffff", "10000000000000000",
	"-0x8000000000000000", "0b101",
};

static const int bases[] = { 0, 2, 8, 10, 16, 36 };

/* The decimal digits of (2m + 1) * 5^(k + 1) into s (no terminator):
 * the halfway point above m * 2^-k, times 10^(k + 1). Base 10^9 limbs. */
static int halfway(uint64_t m, int k, char *s)
{
	uint32_t limb[8] = { 0 };
	int nl = 0, n = 0;
	uint64_t v = 2 * m + 1;

	while (v) {
		limb[nl++] = (uint32_t)(v % 1000000000);
		v /= 1000000000;
	}
	for (int f = 0; f <= k; f++) {
		uint64_t carry = 0;
		for (int j = 0; j < nl; j++) {
			uint64_t t = (uint64_t)limb[j] * 5 + carry;
			limb[j] = (uint32_t)(t % 1000000000);
			carry = t / 1000000000;
		}
		if (carry)
			limb[nl++] = (uint32_t)carry;
	}
	n = sprintf(s, "%u", limb[nl - 1]);
	for (int j = nl - 2; j >= 0; j--)
		n += sprintf(s + n, "%09u", limb[j]);
	return n;
}

int main(void)
{
	char s[128];
	size_t i, j;

	for (i = 0; i < sizeof fixed_d / sizeof *fixed_d; i++) {
		d_line(fixed_d[i]);
		f_line(fixed_d[i]);
		ld_line(fixed_d[i]);
	}
	for (i = 0; i < sizeof fixed_l / sizeof *fixed_l; i++)
		for (j = 0; j < sizeof bases / sizeof *bases; j++)
			l_line(fixed_l[i], bases[j]);

	/* Exact halfway points M * 2^-k + 2^-(k+1) with M of 53 bits, written
	 * out in decimal, and the same a hair above and below. */
	for (i = 0; i < 600; i++) {
		uint64_t m = (next() & ((1ULL << 53) - 1)) | (1ULL << 52);
		int k = (int)(next() % 22);
		int n = halfway(m, k, s);
		snprintf(s + n, sizeof s - n, "e-%d", k + 1);
		d_line(s);
		memcpy(s + n, "000000000000000000001", 21);
		snprintf(s + n + 21, sizeof s - n - 21, "e-%d", k + 22);
		d_line(s);
		s[n - 1]--;
		memcpy(s + n, "999999999999999999999", 21);
		d_line(s);
	}
	/* Random decimal strings. */
	for (i = 0; i < 3000; i++) {
		int nd = 1 + (int)(next() % 40), point = (int)(next() % (nd + 1)), n = 0;
		if (next() % 2)
			s[n++] = '-';
		for (j = 0; j < (size_t)nd; j++) {
			if ((int)j == point)
				s[n++] = '.';
			s[n++] = (char)('0' + next() % 10);
		}
		snprintf(s + n, sizeof s - n, "e%d", (int)(next() % 680) - 350);
		d_line(s);
		if (i % 4 == 0)
			f_line(s);
		if (i % 2 == 0)
			ld_line(s);
	}
	/* Round trips of random doubles at 17 and at fewer digits. */
	for (i = 0; i < 2000; i++) {
		uint64_t b = next();
		double d;
		if ((b >> 52 & 0x7ff) == 0x7ff)
			continue;
		memcpy(&d, &b, sizeof d);
		snprintf(s, sizeof s, "%.17g", d);
		d_line(s);
		snprintf(s, sizeof s, "%.*e", (int)(next() % 25), d);
		d_line(s);
	}
	/* Random integers in every base. */
	for (i = 0; i < 500; i++) {
		static const char dig[] = "0123456789abcdefghijklmnopqrstuvwxyz";
		int base = bases[next() % 6], len = 1 + (int)(next() % 70), n = 0;
		if (next() % 3 == 0)
			s[n++] = '-';
		for (j = 0; j < (size_t)len; j++)
			s[n++] = dig[next() % (base ? base : 10)];
		s[n] = 0;
		l_line(s, base);
	}
	/* long double extremes and their neighbourhoods. */
	{
		static const char *const ld[] = {
			"1.18973149535723176508575932662800702e4932",
			"1.18973149535723176508575932662800703e4932",
			"1.189731495357231765085759326628007016196469e4932",
			"1.189731495357231765085759326628007016196470e4932",
			"3.36210314311209350626267781732175260e-4932",
			"6.47517511943802511092443895822764655e-4966",
			"3.2e-4966", "3.3e-4966", "1e-4967", "1e4933", "0x1p16383", "0x1p16384",
			"0x1p-16494", "0x1p-16495", "0x1.0000000000000000000000000001p0",
			"0x1.00000000000000000000000000008p0", "0x1.00000000000000000000000000018p0",
			"0.1", "1e-10", "3.141592653589793238462643383279502884197",
		};
		for (i = 0; i < sizeof ld / sizeof *ld; i++)
			ld_line(ld[i]);
	}
	printf("atoi %d %d %d atol %ld atof %.17g\n", atoi("123"), atoi(" -7x"), atoi("x"),
	       atol("-9223372036854775808"), atof("2.5e-3"));
	return 0;
}

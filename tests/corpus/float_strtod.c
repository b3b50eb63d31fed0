/* strtod, strtof and strtold on hard inputs: exact halfway cases (ties to
 * even), inputs a hair above or below a tie decided only by a far digit,
 * the edges of the normal, subnormal and overflow ranges, hexadecimal
 * floats, infinities and NaNs, and malformed or partial inputs (where the
 * end pointer must stop). Each result is printed as its bits, the number
 * of characters consumed and whether errno became ERANGE. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

static const char *inputs[] = {
	"0", "-0", "1", "0.1", "0.30000000000000004", "123456789012345678901234567890",
	"2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
	"4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
	"1e-324", "3e-324", "1.7976931348623157e308", "1.7976931348623158e308",
	"1.7976931348623159e308", "1e309", "1e-400", "9007199254740993", "9007199254740995",
	"9007199254740993.0000000000000000000000000001",
	"1.00000000000000011102230246251565404236316680908203125",
	"1.000000000000000111022302462515654042363166809082031250000000000000001",
	"1.00000000000000011102230246251565404236316680908203124999999999999999",
	"1.00000005960464477539062500", "1.00000005960464477539062501",
	"3.4028234663852886e38", "3.4028235677973366e38", "3.4028235677973367e38",
	"1.4012984643248171e-45", "7.0064923216240854e-46", "7.0064923216240855e-46",
	"1e23", "8.98846567431158e307", "0.000000000000000000000000000000000000001e39",
	"100000000000000000000000000000000000000000000000000000000000000000e-66",
	"0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1.fffffffffffff8p0",
	"0x1.fffffffffffff7ffp0", "0X1.8P+1", "0x.8p1", "0x1p", "0x", "0xg", "0x1.", "-0x0p0",
	"0x1.00000000000008p0", "0x1.00000000000018p0", "0x123456789abcdef0123p-80",
	"inf", "-Infinity", "INFINITY", "infinit", "nan", "-nan", "nan(123)", "nan(", "NaN(abc_9)x",
	"  +1.5abc", "\t\n -42e-1 ", "1e", "1e+", "1e+x", ".e1", ".", "-.5", "+.5e+1",
	"5.", "1.5e99999", "1e-99999", "0e99999", "000000000000000000001.000000000000000000e0",
	"1,5", "1_000", "", "   ", "-", "+-1", "1e0001", "12345678901234567890e-20",
	"4.9e-324", "2.5e-324", "2.4e-324",
};

int main(void)
{
	size_t i;
	for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
		const char *s = inputs[i];
		char *end;
		double d;
		float f;
		long double ld;
		unsigned long long db;
		unsigned fb;
		unsigned char lb[16];
		int de, fe, le;
		long dn, fn, ln;
		int k;

		errno = 0;
		d = strtod(s, &end);
		de = errno == ERANGE;
		dn = end - s;
		errno = 0;
		f = strtof(s, &end);
		fe = errno == ERANGE;
		fn = end - s;
		errno = 0;
		ld = strtold(s, &end);
		le = errno == ERANGE;
		ln = end - s;
		memcpy(&db, &d, 8);
		memcpy(&fb, &f, 4);
		memcpy(lb, &ld, 16);
		/* NaN payloads are not compared: only that it is a NaN and its sign. */
		if (d != d)
			db &= 0xfff8000000000000ULL;
		if (f != f)
			fb &= 0xffc00000u;
		if (ld != ld)
			memset(lb, 0, 13), lb[13] &= 0x80;
		printf("\"%s\": d %016llx %ld %d | f %08x %ld %d | ld ", s, db, dn, de, fb, fn, fe);
		for (k = 15; k >= 0; k--)
			printf("%02x", lb[k]);
		printf(" %ld %d\n", ln, le);
	}
	/* atof and sscanf agree with strtod. */
	{
		double a = atof("2.675"), b;
		float c;
		long double e;
		int n = sscanf("1e-310 0.1 1e4000", "%lf %f %Lf", &b, &c, &e);
		printf("atof %.17g sscanf %d %.17g %.9g %Lg\n", a, n, b, c, e);
	}
	return 0;
}

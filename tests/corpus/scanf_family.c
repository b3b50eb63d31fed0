/* sscanf: the conversions %d %i %u %o %x %c %s %[ %[^ %n %f %% with
 * length modifiers (hh h l ll L), field widths that split a number,
 * assignment suppression (*), whitespace rules (%c does not skip it, a
 * space in the format matches any amount, including none), the return
 * value (conversions done, 0 on an early mismatch, EOF on input
 * that ends before the first conversion), %i's base detection, signs on
 * unsigned conversions, and %n not counting as a conversion. (Inputs like
 * "1.5e" or "0x", where glibc accepts a prefix the standard calls a
 * matching failure, are left out.) */
#include <stdio.h>

int main(void)
{
	int a, b, c, n, r;
	unsigned u;
	long l;
	long long ll;
	short h;
	signed char hh;
	unsigned long ul;
	double d;
	float f;
	long double ld;
	char s1[16], s2[16], ch[4];

	r = sscanf("  -42 +17 0x1f", "%d %d %x", &a, &b, &c);
	printf("1: %d -> %d %d %d\n", r, a, b, c);
	r = sscanf("010 0x10 10 -010", "%i %i %i %i", &a, &b, &c, &n);
	printf("2: %d -> %d %d %d %d\n", r, a, b, c, n);
	r = sscanf("12345678", "%3d%2d%d", &a, &b, &c);
	printf("3: %d -> %d %d %d\n", r, a, b, c);
	r = sscanf("-1 777 ff", "%u %o %X", &u, &a, &b);
	printf("4: %d -> %u %d %d\n", r, u, a, b);
	r = sscanf("-100 -30000 -9000000000 123456789012", "%hhd %hd %ld %lld", &hh, &h, &l, &ll);
	printf("5: %d -> %d %d %ld %lld\n", r, hh, h, l, ll);
	r = sscanf("18446744073709551615", "%lu", &ul);
	printf("6: %d -> %lu\n", r, ul);
	r = sscanf("3.25 -1e-3 0x1.8p1 inf 1e4000", "%lf %f %lf %lf %Lf", &d, &f, &d, &d, &ld);
	printf("7: %d -> %g %g %Lg\n", r, f, d, ld);
	r = sscanf("1.5x", "%lf%n", &d, &n);
	printf("8: %d -> %g n=%d\n", r, d, n);
	r = sscanf("hello world", "%s %s", s1, s2);
	printf("9: %d -> [%s] [%s]\n", r, s1, s2);
	r = sscanf("abcdefgh", "%3s%2s", s1, s2);
	printf("10: %d -> [%s] [%s]\n", r, s1, s2);
	r = sscanf(" x y", "%c%c%c", &ch[0], &ch[1], &ch[2]);
	printf("11: %d -> [%c][%c][%c]\n", r, ch[0], ch[1], ch[2]);
	r = sscanf("key=value;rest", "%[a-z]=%[^;]", s1, s2);
	printf("12: %d -> [%s] [%s]\n", r, s1, s2);
	r = sscanf("]]a-b", "%[]]%[-ab]", s1, s2);
	printf("13: %d -> [%s] [%s]\n", r, s1, s2);
	r = sscanf("1 2 3", "%d %*d %d%n", &a, &b, &n);
	printf("14: %d -> %d %d n=%d\n", r, a, b, n);
	r = sscanf("100%", "%d%%", &a);
	printf("15: %d -> %d\n", r, a);
	r = sscanf("abc", "%d", &a);
	printf("16: mismatch %d\n", r);
	r = sscanf("", "%d", &a);
	printf("17: empty %d\n", r);
	r = sscanf("   ", "%d", &a);
	printf("18: blank %d\n", r);
	r = sscanf("5 x", "%d %d", &a, &b);
	printf("19: partial %d -> %d\n", r, a);
	r = sscanf("7", "%d%n", &a, &n);
	printf("20: %d -> %d n=%d\n", r, a, n);
	r = sscanf("1,2", "%d ,%d", &a, &b);
	printf("21: %d -> %d %d\n", r, a, b);
	r = sscanf("- 5", "%d", &a);
	printf("22: sign alone %d\n", r);
	r = sscanf("0x1g", "%x%n", &a, &n);
	printf("23: %d -> %d n=%d\n", r, a, n);
	r = sscanf("+-3", "%d", &a);
	printf("24: %d\n", r);
	r = sscanf("42abc", "%d%s", &a, s1);
	printf("25: %d -> %d [%s]\n", r, a, s1);
	return 0;
}

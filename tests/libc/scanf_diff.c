/* sscanf on a table of inputs and formats: every conversion, widths,
 * '*', length modifiers, sets, %n, literal matching and early ends.
 * Prints the count and every stored value, to compare with glibc. */
#include <stdio.h>
#include <string.h>

static void ints(const char *in, const char *fmt)
{
	int a = -1, b = -1, c = -1;
	int n = sscanf(in, fmt, &a, &b, &c);
	printf("[%s] [%s] -> %d: %d %d %d\n", in, fmt, n, a, b, c);
}

static void strs(const char *in, const char *fmt)
{
	char a[32] = "-", b[32] = "-";
	int n = sscanf(in, fmt, a, b);
	printf("[%s] [%s] -> %d: [%s] [%s]\n", in, fmt, n, a, b);
}

int main(void)
{
	static const char *const int_cases[][2] = {
		{ "42", "%d" }, { "  -17 99", "%d %d" }, { "1,2,3", "%d,%d,%d" },
		{ "0x1f 017 10", "%i %i %i" }, { "ff 777 1010", "%x %o %d" },
		{ "12345", "%2d%3d" }, { "abc", "%d" }, { "", "%d" }, { "   ", "%d" },
		{ "5 x 6", "%d x %d" }, { "5 y 6", "%d x %d" }, { "7 8", "%*d %d" },
		{ "+3 -4", "%u %u" }, { "100%", "%d%%" }, { "1 2", "%d%n" },
		{ "2147483647 -2147483648", "%d %d" }, { "0x", "%x" }, { "9z", "%d%n" },
		{ "3\t\n4", "%d%d" }, { "08", "%i" }, { "-0x10", "%i" },
	};
	static const char *const str_cases[][2] = {
		{ "hello world", "%s %s" }, { "  lead", "%s" }, { "abcdef", "%3s%s" },
		{ "key=value", "%[^=]=%s" }, { "abc123", "%[a-z]%[0-9]" },
		{ "]x", "%[]x]" }, { "xyz", "%[^a]" }, { "a-b", "%[a-]%s" },
		{ "ab", "%c%c" }, { " a b", "%c%s" }, { "", "%s" }, { "123abc", "%[0-9]" },
		{ "name: Bob", "name: %s" }, { "name:Bob", "name: %s" }, { "xy", "%1c%1c" },
	};
	size_t i;
	double d = 0, e = 0;
	float f = 0;
	long l = 0;
	long long ll = 0;
	unsigned long ul = 0;
	short h = 0;
	signed char hh = 0;
	void *p = NULL;
	char c4[4] = "";
	int n = 0, k;

	for (i = 0; i < sizeof int_cases / sizeof *int_cases; i++)
		ints(int_cases[i][0], int_cases[i][1]);
	for (i = 0; i < sizeof str_cases / sizeof *str_cases; i++)
		strs(str_cases[i][0], str_cases[i][1]);

	k = sscanf("3.25 -1e-3 0x1.8p1", "%lf %lf %f", &d, &e, &f);
	printf("floats %d: %.17g %.17g %.9g\n", k, d, e, (double)f);
	k = sscanf("inf nan 1e400", "%lf %lf %lf", &d, &e, &d);
	printf("special %d: %g\n", k, d);
	k = sscanf("9223372036854775807 -5 18446744073709551615", "%ld %lld %lu", &l, &ll, &ul);
	printf("longs %d: %ld %lld %lu\n", k, l, ll, ul);
	k = sscanf("70000 300", "%hd %hhd", &h, &hh);
	printf("shorts %d: %d %d\n", k, h, hh);
	k = sscanf("0x1234", "%p", &p);
	printf("pointer %d: %lx\n", k, (unsigned long)p);
	k = sscanf("wxyz", "%3c%n", c4, &n);
	printf("chars %d: [%.3s] %d\n", k, c4, n);
	k = sscanf("12 34", "%d %*s %n", &n, &n);
	printf("end %d\n", k);

	/* floats at their edges */
	{
		static const char *const fl[] = {
			"1e", "1e+", "1e5x", ".5", "-.e1", ".", "infx", "infinityy", "inf", "nanq",
			"0x1.8p", "0x1.8p3", "0x", "0x.", "+", "-0", "3.14159", "1.5e-3abc",
		};
		for (i = 0; i < sizeof fl / sizeof *fl; i++) {
			char rest[32] = "";
			d = -1;
			n = -1;
			k = sscanf(fl[i], "%lf%n%31s", &d, &n, rest);
			printf("[%s] -> %d: %g n %d rest [%s]\n", fl[i], k, d, n, rest);
		}
		k = sscanf("3.14159", "%3lf%lf", &d, &e);
		printf("widths %d: %g %g\n", k, d, e);
		k = sscanf("12345678", "%3d%2x%o", &n, &k, &i);
		printf("int widths: %d %x\n", n, k);
	}

	/* a stream: fscanf, then what is left */
	{
		FILE *f = fopen("scan.txt", "w+");
		char word[16], rest[64];
		int a = 0, b = 0;
		fputs("  42 words 0x10 2.5e1 tail of line\nnext line\n", f);
		rewind(f);
		k = fscanf(f, "%d %15s %i %lf", &a, word, &b, &d);
		printf("fscanf %d: %d [%s] %d %g\n", k, a, word, b, d);
		printf("then fgets [%s]", fgets(rest, sizeof rest, f));
		k = fscanf(f, "%s %s %s", word, word, word);
		printf("fscanf at end %d [%s]\n", k, word);
		fclose(f);
		remove("scan.txt");
	}
	k = scanf("%d", &n);
	printf("scanf on empty stdin %d\n", k);
	return 0;
}

/* embed NAME IN OUT: a host tool that writes the bytes of IN as a C
 * array `const unsigned char NAME[]` (and NAME_len) into OUT. scheme1
 * carries its prelude this way, so the binary needs no file beside it. */
#include <stdio.h>

int main(int argc, char **argv)
{
	FILE *in, *out;
	int c;
	unsigned long n = 0;
	if (argc != 4) {
		fprintf(stderr, "usage: embed NAME IN OUT\n");
		return 2;
	}
	in = fopen(argv[2], "rb");
	if (!in) {
		fprintf(stderr, "embed: %s: cannot open\n", argv[2]);
		return 1;
	}
	out = fopen(argv[3], "w");
	if (!out) {
		fprintf(stderr, "embed: %s: cannot create\n", argv[3]);
		return 1;
	}
	fprintf(out, "/* generated from %s by embed.c */\n", argv[2]);
	fprintf(out, "const unsigned char %s[] = {", argv[1]);
	while ((c = getc(in)) != EOF) {
		fprintf(out, "%s%d,", n % 16 == 0 ? "\n\t" : "", c);
		n++;
	}
	fprintf(out, "\n\t0\n};\nconst unsigned long %s_len = %lu;\n", argv[1], n);
	if (fclose(out) != 0) {
		fprintf(stderr, "embed: %s: write error\n", argv[3]);
		return 1;
	}
	fclose(in);
	return 0;
}

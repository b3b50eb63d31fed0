/* stdio: streams on a file of its own. It creates stdio.tmp in the
 * current directory, writes it with fwrite, fputs, fputc and fprintf,
 * reads it back with fread, fgets, getc and ungetc, moves with fseek,
 * ftell and rewind, opens it in "a" and "r+" modes, tries each setvbuf
 * mode, then removes it. Also sscanf of numbers and strings, and
 * snprintf's truncation and return values.
 * Inputs: none. Output (stdout): one line per check.
 * Only what C99 fixes is printed: fputs and puts return "a nonnegative
 * value" (glibc and musl differ), so only its sign is shown; how full
 * buffering delays writes is the library's choice, so a fully buffered
 * stream is looked at only after fflush. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#define TMP "stdio.tmp"

static int failed;

static void check(const char *what, int ok)
{
	if (!ok) {
		printf("FAIL %s\n", what);
		failed = 1;
	}
}

/* size: the length of the file as another stream sees it. */
static long size(void)
{
	FILE *f = fopen(TMP, "rb");
	long n;
	if (!f)
		return -1;
	if (fseek(f, 0, SEEK_END) != 0)
		n = -2;
	else
		n = ftell(f);
	fclose(f);
	return n;
}

/* seek: fseek, then where the stream is and the byte found there. */
static void seek(FILE *f, long off, int whence)
{
	int r = fseek(f, off, whence);
	long pos = ftell(f);
	int c = getc(f);
	const char *from = whence == SEEK_SET ? "set" : whence == SEEK_CUR ? "cur" : "end";
	printf("fseek %ld %s: %d ftell %ld getc %d\n", off, from, r, pos, c);
}

static void bytes(void)
{
	unsigned char out[256], in[300];
	FILE *f = fopen(TMP, "wb");
	size_t n;
	int sum = 0;
	check("fopen wb", f != NULL);
	if (!f)
		return;
	for (int i = 0; i < 256; i++)
		out[i] = (unsigned char)(255 - i);
	printf("fwrite %zu\n", fwrite(out, 1, 256, f));
	printf("fwrite items %zu\n", fwrite(out, 16, 4, f));
	printf("ftell after writes %ld\n", ftell(f));
	printf("fclose %d\n", fclose(f));
	printf("size %ld\n", size());

	f = fopen(TMP, "rb");
	check("fopen rb", f != NULL);
	if (!f)
		return;
	n = fread(in, 1, 100, f);
	printf("fread %zu first %d last %d\n", n, in[0], in[99]);
	printf("ftell %ld\n", ftell(f));
	n = fread(in, 1, sizeof in, f);
	for (size_t i = 0; i < n; i++)
		sum += in[i] * (int)(i + 1);
	printf("fread rest %zu sum %d feof %d\n", n, sum, feof(f) != 0);
	n = fread(in, 1, 10, f);
	printf("fread at end %zu feof %d ferror %d\n", n, feof(f) != 0, ferror(f) != 0);
	clearerr(f);
	printf("clearerr feof %d\n", feof(f) != 0);
	seek(f, 10, SEEK_SET);
	seek(f, -5, SEEK_CUR);
	seek(f, -1, SEEK_END);
	printf("getc at end %d\n", getc(f) == EOF);
	n = fread(in, 4, 10, f);
	printf("fread items at end %zu\n", n);
	printf("fseek items %d\n", fseek(f, 300, SEEK_SET));
	n = fread(in, 16, 2, f);
	printf("fread partial items %zu first %d\n", n, in[0]);
	rewind(f);
	printf("rewind ftell %ld\n", ftell(f));
	printf("fclose %d\n", fclose(f));
}

static void text(void)
{
	char line[16];
	FILE *f = fopen(TMP, "w");
	int c, r;
	check("fopen w", f != NULL);
	if (!f)
		return;
	printf("fputs nonnegative %d\n", fputs("first line\n", f) >= 0);
	printf("fputc %d\n", fputc('x', f));
	printf("fputc newline %d\n", fputc('\n', f));
	r = fprintf(f, "%d %s %5.2f|%-4c|%x\n", -42, "word", 3.14159, 'z', 255u);
	printf("fprintf %d\n", r);
	printf("fputs long %d\n", fputs("a line longer than the buffer it is read into\n", f) >= 0);
	printf("fputs no newline %d\n", fputs("last", f) >= 0);
	printf("fclose %d\n", fclose(f));
	printf("size %ld\n", size());

	f = fopen(TMP, "r");
	check("fopen r", f != NULL);
	if (!f)
		return;
	while (fgets(line, sizeof line, f))
		printf("fgets [%s] len %zu\n", line, strlen(line));
	printf("fgets at end feof %d\n", feof(f) != 0);
	rewind(f);
	c = getc(f);
	printf("getc %c\n", c);
	printf("ungetc %c\n", ungetc('Q', f));
	printf("ftell after ungetc %ld\n", ftell(f));
	printf("getc after ungetc %c\n", getc(f));
	printf("getc next %c\n", getc(f));
	printf("ungetc same %c\n", ungetc('i', f));
	if (fgets(line, sizeof line, f))
		printf("fgets after ungetc [%s]\n", line);
	seek(f, 5, SEEK_SET);
	printf("ungetc %c\n", ungetc('Z', f));
	printf("ftell after ungetc %ld\n", ftell(f));
	printf("fseek drops ungetc:\n");
	seek(f, 0, SEEK_CUR);
	printf("fclose %d\n", fclose(f));

	f = fopen(TMP, "a");
	check("fopen a", f != NULL);
	if (!f)
		return;
	fprintf(f, "\nappended %d\n", 7);
	printf("fclose %d\n", fclose(f));
	printf("size after append %ld\n", size());

	f = fopen(TMP, "r+");
	check("fopen r+", f != NULL);
	if (!f)
		return;
	printf("fgets r+ [%s]\n", fgets(line, sizeof line, f) ? line : "(null)");
	printf("fseek %d\n", fseek(f, 0, SEEK_CUR));
	printf("fputs r+ %d\n", fputs("X", f) >= 0);
	printf("fseek %d\n", fseek(f, 0, SEEK_SET));
	printf("fgets r+ [%s]\n", fgets(line, sizeof line, f) ? line : "(null)");
	printf("fgets r+ [%s]\n", fgets(line, sizeof line, f) ? line : "(null)");
	printf("fclose %d\n", fclose(f));
}

static void buffering(void)
{
	static char buf[64];
	FILE *f;

	f = fopen(TMP, "w");
	check("fopen w", f != NULL);
	if (!f)
		return;
	printf("setvbuf _IONBF %d\n", setvbuf(f, NULL, _IONBF, 0));
	fputs("abc", f);
	printf("unbuffered size %ld\n", size());
	fclose(f);

	f = fopen(TMP, "w");
	check("fopen w", f != NULL);
	if (!f)
		return;
	printf("setvbuf _IOLBF %d\n", setvbuf(f, buf, _IOLBF, sizeof buf));
	fputs("line\n", f);
	printf("line buffered size %ld\n", size());
	fclose(f);

	f = fopen(TMP, "w");
	check("fopen w", f != NULL);
	if (!f)
		return;
	printf("setvbuf _IOFBF %d\n", setvbuf(f, buf, _IOFBF, sizeof buf));
	for (int i = 0; i < 100; i++)
		fprintf(f, "%02d", i);
	printf("fflush %d\n", fflush(f));
	printf("fully buffered size after fflush %ld\n", size());
	printf("fclose %d\n", fclose(f));
	printf("size %ld\n", size());
}

static void scan(void)
{
	int a = 0, b = 0, n = 0;
	unsigned x = 0, o = 0;
	char w[16] = "", v[16] = "";
	long l = 0;
	double d = 0;
	int r;

	r = sscanf("  12 -34 rest", "%d %d %15s", &a, &b, w);
	printf("sscanf %d: %d %d %s\n", r, a, b, w);
	r = sscanf("0x1f 077 10", "%i %i %i", &a, &b, &n);
	printf("sscanf %%i %d: %d %d %d\n", r, a, b, n);
	r = sscanf("ff:17", "%x:%o%n", &x, &o, &n);
	printf("sscanf %%x %%o %d: %u %u n %d\n", r, x, o, n);
	r = sscanf("abc123def", "%[a-z]%ld%3s", w, &l, v);
	printf("sscanf %%[ %d: %s %ld %s\n", r, w, l, v);
	r = sscanf("key=value;", "%15[^=]=%15[^;]", w, v);
	printf("sscanf %%[^ %d: %s %s\n", r, w, v);
	r = sscanf("12abc", "%d%d", &a, &b);
	printf("sscanf stops %d: %d\n", r, a);
	r = sscanf("abc", "%d", &a);
	printf("sscanf no match %d\n", r);
	r = sscanf("", "%d", &a);
	printf("sscanf empty %d\n", r == EOF);
	r = sscanf("   ", "%d", &a);
	printf("sscanf spaces %d\n", r == EOF);
	r = sscanf("3.25e2 x", "%lf %c", &d, w);
	printf("sscanf %%lf %d: %g %c\n", r, d, w[0]);
	r = sscanf("100%", "%d%%", &a);
	printf("sscanf %%%% %d: %d\n", r, a);
	r = sscanf("7 8", "%*d %d", &a);
	printf("sscanf %%*d %d: %d\n", r, a);
	r = sscanf("123456", "%3d%2d", &a, &b);
	printf("sscanf widths %d: %d %d\n", r, a, b);
	r = sscanf("-2147483648 4294967295", "%d %u", &a, &x);
	printf("sscanf limits %d: %d %u\n", r, a, x);
}

static void format(void)
{
	char buf[8];
	int r;

	r = snprintf(buf, sizeof buf, "%s", "hello world");
	printf("snprintf %d [%s]\n", r, buf);
	r = snprintf(buf, sizeof buf, "%d", 1234567);
	printf("snprintf fits %d [%s]\n", r, buf);
	r = snprintf(buf, sizeof buf, "%d", 12345678);
	printf("snprintf one over %d [%s]\n", r, buf);
	r = snprintf(NULL, 0, "%d-%s-%.2f", 42, "abc", 1.005);
	printf("snprintf NULL %d\n", r);
	memcpy(buf, "unused!", 8);
	r = snprintf(buf, 0, "xyz");
	printf("snprintf 0 %d [%s]\n", r, buf);
	r = snprintf(buf, 1, "xyz");
	printf("snprintf 1 %d [%s]\n", r, buf);
	r = snprintf(buf, sizeof buf, "%5s|%-3d|", "ab", 7);
	printf("snprintf pad %d [%s]\n", r, buf);
	r = snprintf(buf, sizeof buf, "%%%c%c", 'a', 'b');
	printf("snprintf %%%% %d [%s]\n", r, buf);
	r = printf("%s %5d|%-5d|%05d|%+d|% d|%x|%X|%#o|%#x|%lld|%llu\n", "ints", 42, 42, 42, 42, 42,
		   48879u, 48879u, 8u, 255u, -9223372036854775807LL - 1, 18446744073709551615ULL);
	printf("printf returned %d\n", r);
	r = printf("%.3s|%10.2s|%-6s|%c|%hhd|%hd|%lu\n", "abcdef", "xyz", "ab", 'q', 300, 70000,
		   4294967296UL);
	printf("printf returned %d\n", r);
	printf("puts nonnegative %d\n", puts("puts line") >= 0);
}

int main(void)
{
	FILE *f;

	bytes();
	text();
	buffering();
	printf("remove %d\n", remove(TMP));
	errno = 0;
	f = fopen(TMP, "r");
	printf("fopen missing %d errno ENOENT %d\n", f == NULL, errno == ENOENT);
	scan();
	format();
	return failed;
}

/* Buffered stdio on files: writing, reading, seeking, ungetc, fgets,
 * end of file, errors, append, rename, remove, tmpfile, fdopen, setvbuf,
 * and stat/fstat sizes. Prints what it sees, so the output can be
 * compared with glibc's. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void show_file(const char *name)
{
	FILE *f = fopen(name, "r");
	int c, n = 0;

	printf("%s:", name);
	if (!f) {
		printf(" missing (%s)\n", strerror(errno));
		return;
	}
	while ((c = getc(f)) != EOF) {
		printf(c >= 32 && c < 127 ? "%c" : "\\%03o", c);
		n++;
	}
	printf(" [%d bytes, eof %d, error %d]\n", n, feof(f), ferror(f));
	fclose(f);
}

int main(void)
{
	FILE *f, *g;
	char line[16], big[10000];
	struct stat st;
	int fd, i;
	size_t n;

	f = fopen("a.txt", "w");
	fputs("first line\n", f);
	fprintf(f, "%d %s\n", 42, "second");
	fputc('x', f);
	putc('y', f);
	fwrite("\nthird\n", 1, 7, f);
	printf("ftell after writes %ld\n", ftell(f));
	printf("fclose %d\n", fclose(f));
	show_file("a.txt");

	f = fopen("a.txt", "r");
	while (fgets(line, sizeof line, f))
		printf("fgets [%s]\n", line);
	printf("eof %d error %d getc %d\n", feof(f), ferror(f), getc(f));
	rewind(f);
	printf("after rewind getc %c ftell %ld\n", getc(f), ftell(f));
	printf("ungetc %c ftell %ld\n", ungetc('Z', f), ftell(f));
	printf("getc %c getc %c\n", getc(f), getc(f));
	fseek(f, -6, SEEK_END);
	n = fread(line, 1, sizeof line, f);
	printf("fread from end-6: %zu [%.*s] eof %d\n", n, (int)n, line, feof(f));
	fseek(f, 3, SEEK_SET);
	fseek(f, 2, SEEK_CUR);
	printf("seek 3+2: getc %c ftell %ld\n", getc(f), ftell(f));
	printf("fputc on read-only stream: %d, error %d\n", fputc('q', f), ferror(f));
	clearerr(f);
	printf("after clearerr: error %d\n", ferror(f));
	fclose(f);

	f = fopen("a.txt", "a");
	fputs("appended\n", f);
	fclose(f);
	f = fopen("a.txt", "r+");
	fseek(f, 6, SEEK_SET);
	fputs("LINE", f);
	fseek(f, 0, SEEK_SET);
	printf("r+ read back: %s", fgets(line, sizeof line, f));
	fclose(f);
	show_file("a.txt");

	for (i = 0; i < (int)sizeof big; i++)
		big[i] = (char)('a' + i % 26);
	f = fopen("big.txt", "w+");
	for (i = 0; i < 10; i++)
		fwrite(big, 1, sizeof big, f);
	fseek(f, 54321, SEEK_SET);
	n = fread(line, 1, 10, f);
	printf("big: %zu [%.10s] ftell %ld\n", n, line, ftell(f));
	printf("fstat size %ld\n", fstat(fileno(f), &st) == 0 ? (long)st.st_size : -1L);
	fclose(f);
	printf("stat size %ld regular %d\n", stat("big.txt", &st) == 0 ? (long)st.st_size : -1L,
	       S_ISREG(st.st_mode));
	printf("stat missing %d %s\n", stat("nope.txt", &st), strerror(errno));

	printf("fopen missing: %p %s\n", (void *)fopen("nope.txt", "r"), strerror(errno));
	printf("fopen bad mode: %p\n", (void *)fopen("a.txt", "z"));
	printf("rename %d\n", rename("a.txt", "b.txt"));
	show_file("a.txt");
	show_file("b.txt");
	printf("remove %d\n", remove("b.txt"));
	printf("remove again %d %s\n", remove("b.txt"), strerror(errno));
	printf("remove big %d\n", remove("big.txt"));

	fd = open("c.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	g = fdopen(fd, "w");
	setvbuf(g, NULL, _IONBF, 0);
	fprintf(g, "unbuffered %d\n", 1);
	fprintf(g, "%s\n", "two");
	fclose(g);
	show_file("c.txt");

	f = tmpfile();
	fputs("temporary", f);
	rewind(f);
	printf("tmpfile: %s\n", fgets(line, sizeof line, f));
	fclose(f);

	/* a+: reads from the start, writes at the end */
	f = fopen("d.txt", "w");
	fputs("0123456789", f);
	fclose(f);
	f = fopen("d.txt", "a+");
	printf("a+ first getc %c\n", getc(f));
	fputs("AB", f);
	fseek(f, 0, SEEK_SET);
	n = fread(line, 1, sizeof line - 1, f);
	line[n] = 0;
	printf("a+ read back %zu [%s]\n", n, line);
	fclose(f);

	/* fgets with tiny buffers, ungetc at the start and after EOF */
	f = fopen("d.txt", "r");
	printf("fgets n=1: %s [%s]\n", fgets(line, 1, f) ? "str" : "NULL", "");
	printf("fgets n=2: [%s]\n", fgets(line, 2, f));
	printf("ungetc: %c %c\n", ungetc('x', f), getc(f));
	fseek(f, 0, SEEK_END);
	printf("at end: getc %d eof %d ungetc %c eof %d getc %c getc %d\n", getc(f), feof(f),
	       ungetc('y', f), feof(f), getc(f), getc(f));
	fclose(f);

	/* a caller's buffer, line buffering */
	{
		static char mybuf[64];
		f = fopen("e.txt", "w");
		printf("setvbuf full %d\n", setvbuf(f, mybuf, _IOFBF, sizeof mybuf));
		for (i = 0; i < 50; i++)
			fprintf(f, "%d,", i);
		fclose(f);
		show_file("e.txt");
		f = fopen("e.txt", "w");
		setvbuf(f, NULL, _IOLBF, 0);
		fputs("one\ntwo", f);
		printf("line buffered, before close: ");
		show_file("e.txt");
		fclose(f);
		show_file("e.txt");
	}

	/* freopen onto another file */
	f = fopen("f1.txt", "w");
	fputs("first", f);
	f = freopen("f2.txt", "w", f);
	fputs("second", f);
	fclose(f);
	show_file("f1.txt");
	show_file("f2.txt");

	printf("stdin: getchar %d eof %d\n", getchar(), feof(stdin));
	printf("access c %d, access missing %d\n", access("c.txt", F_OK), access("zz", F_OK));
	fflush(stdout);
	fprintf(stderr, "to stderr\n");
	printf("done\n");
	return 0;
}

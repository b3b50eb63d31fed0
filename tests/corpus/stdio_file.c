/* stdio on files the program makes: fopen modes (w, r, a, r+, w+, a+, b),
 * fwrite and fread of records, fseek/ftell/rewind in every whence, reading
 * past the end (feof, a short count, clearerr), ungetc (several bytes, at
 * the start of a file, undone by fseek), fgets with lines longer than the
 * buffer and a last line without a newline, fgetc/fputc, fscanf of mixed
 * fields, appending after a seek, writing past the end (a hole reads as
 * zeros), remove and rename, fopen of a missing file (errno ENOENT). The
 * files left behind are compared too. */
#include <stdio.h>
#include <string.h>
#include <errno.h>

struct rec { int id; double v; char name[12]; };

int main(void)
{
	FILE *f;
	struct rec out[5], in[5];
	char line[8], big[64];
	int i, c, n, a, b;
	long pos;
	double d;
	char word[16];
	size_t got;

	for (i = 0; i < 5; i++) {
		memset(&out[i], 0, sizeof out[i]);
		out[i].id = i * 11;
		out[i].v = i / 4.0;
		snprintf(out[i].name, sizeof out[i].name, "rec%d", i);
	}
	f = fopen("records.bin", "wb");
	printf("write: %zu\n", fwrite(out, sizeof out[0], 5, f));
	printf("ftell after write: %ld\n", ftell(f));
	printf("fclose: %d\n", fclose(f));

	f = fopen("records.bin", "rb");
	got = fread(in, sizeof in[0], 5, f);
	printf("read: %zu, same %d\n", got, memcmp(in, out, sizeof in) == 0);
	a = feof(f);
	c = fgetc(f);
	printf("at end: feof %d, fgetc %d, feof %d\n", a, c, feof(f));
	clearerr(f);
	printf("clearerr: feof %d\n", feof(f));
	fseek(f, -(long)sizeof(struct rec), SEEK_END);
	fread(&in[0], sizeof in[0], 1, f);
	printf("last record: %d %g %s\n", in[0].id, in[0].v, in[0].name);
	fseek(f, sizeof(struct rec), SEEK_SET);
	fseek(f, sizeof(struct rec), SEEK_CUR);
	pos = ftell(f);
	fread(&in[0], sizeof in[0], 1, f);
	printf("third record at %ld: %d %s\n", pos, in[0].id, in[0].name);
	rewind(f);
	printf("rewound: %ld, short read of 3 from 2 left: ", ftell(f));
	fseek(f, 3 * (long)sizeof(struct rec), SEEK_SET);
	printf("%zu\n", fread(in, sizeof in[0], 3, f));
	fclose(f);

	f = fopen("text.txt", "w");
	fputs("first line\n", f);
	fprintf(f, "%d %s %g\n", 42, "forty-two", 4.25);
	fputs("a rather long line that does not fit in eight bytes\n", f);
	fputc('x', f);
	fputc('\n', f);
	fputs("no newline at the end", f);
	fclose(f);

	f = fopen("text.txt", "r");
	n = 0;
	while (fgets(line, sizeof line, f)) {
		size_t len = strlen(line);
		if (len && line[len - 1] == '\n')
			line[--len] = '|';
		printf("fgets %d: %zu [%s]\n", n++, len, line);
	}
	printf("fgets at end: feof %d\n", feof(f));
	rewind(f);
	fgets(big, sizeof big, f);
	n = fscanf(f, "%d %15s %lf", &a, word, &d);
	printf("fscanf: %d -> %d %s %g\n", n, a, word, d);
	c = fgetc(f);
	printf("after fscanf: %d\n", c);
	c = fgetc(f);
	printf("ungetc: %c", c);
	ungetc('Z', f);
	printf(" then %c", fgetc(f));
	ungetc('Y', f);
	printf("%c", fgetc(f));
	printf("%c\n", fgetc(f));
	ungetc('Q', f);
	fseek(f, 0, SEEK_SET);
	printf("ungetc undone by fseek: %c\n", fgetc(f));
	fclose(f);

	f = fopen("text.txt", "r");
	printf("ungetc at start: %c", ungetc('@', f));
	c = fgetc(f);
	printf(" %c", c);
	c = fgetc(f);
	printf(" %c, ftell %ld\n", c, ftell(f));
	fclose(f);

	f = fopen("text.txt", "a");
	fseek(f, 0, SEEK_SET);
	fputs("|appended", f);		/* "a": writes go to the end whatever the seek */
	fclose(f);
	f = fopen("text.txt", "r+");
	fseek(f, 6, SEEK_SET);
	fputs("LINE", f);
	fseek(f, 0, SEEK_CUR);		/* needed between a write and a read */
	c = fgetc(f);
	printf("r+: after overwrite read %d\n", c);
	fclose(f);
	f = fopen("text.txt", "a+");
	fseek(f, 0, SEEK_SET);
	fgets(big, sizeof big, f);
	printf("a+ read: %s", big);
	fseek(f, 0, SEEK_END);
	printf("a+ size: %ld\n", ftell(f));
	fclose(f);

	f = fopen("holes.bin", "w+");
	fseek(f, 10, SEEK_SET);
	fputc('E', f);
	rewind(f);
	got = fread(big, 1, sizeof big, f);
	printf("hole: %zu bytes:", got);
	for (i = 0; i < (int)got; i++)
		printf(" %d", big[i]);
	printf("\n");
	fclose(f);

	f = fopen("scan.txt", "w+");
	fputs("  12abc 0x1F -7.5e1 rest\n", f);
	rewind(f);
	n = fscanf(f, "%d%3s %i %lf", &a, word, &b, &d);
	printf("fscanf mixed: %d -> %d %s %d %g\n", n, a, word, b, d);
	n = fscanf(f, "%d", &a);
	printf("fscanf mismatch: %d, next %c\n", n, fgetc(f));
	fclose(f);

	printf("rename: %d\n", rename("scan.txt", "scanned.txt"));
	printf("remove: %d\n", remove("holes.bin"));
	errno = 0;
	f = fopen("holes.bin", "r");
	printf("missing: %d %d\n", f == NULL, errno == ENOENT);
	f = fopen("scanned.txt", "r");
	printf("renamed reads: %d\n", f != NULL && fgetc(f) == ' ');
	if (f)
		fclose(f);
	return 0;
}

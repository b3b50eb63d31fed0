/* <string.h>: bytes compare as unsigned char (memcmp, strcmp, strncmp on
 * bytes >= 0x80); memmove with overlap both ways; memcpy, memset and
 * memchr at every alignment and length around word sizes; strncpy pads
 * with NULs and does not terminate when full; strncat always terminates;
 * strchr finds the terminator; strstr with empty and repeated needles;
 * strspn/strcspn/strpbrk; strtok and strtok_r over runs of separators;
 * strlen/strnlen at all alignments; strdup/strndup; strcasecmp. */
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <stdlib.h>

static int sign(int x) { return (x > 0) - (x < 0); }

static void show(const char *what, const char *b, int n)
{
	int i;
	printf("%s: ", what);
	for (i = 0; i < n; i++)
		putchar(b[i] ? b[i] : '_');
	printf("\n");
}

int main(void)
{
	char buf[128], src[128], *p, *save;
	int i, j;
	unsigned long h;

	printf("cmp high bytes: %d %d %d %d %d\n", sign(memcmp("\x80", "\x7f", 1)),
	       sign(strcmp("a\xff", "a\x01")), sign(strncmp("\xfe", "\xff", 1)),
	       sign(strcmp("abc", "abcd")), sign(strncmp("abcX", "abcY", 3)));
	printf("cmp zero length: %d %d\n", memcmp("a", "b", 0), strncmp("a", "b", 0));

	/* memmove, overlapping both ways, every offset and length. */
	h = 0;
	for (i = 0; i < 12; i++)
		for (j = 0; j < 40; j++) {
			int k;
			for (k = 0; k < 64; k++)
				buf[k] = (char)('A' + k % 26);
			memmove(buf + i, buf + 5, j);
			memmove(buf + 20, buf + 20 - i, j);
			for (k = 0; k < 64; k++)
				h = h * 31 + (unsigned char)buf[k];
		}
	printf("memmove hash: %lx\n", h);

	/* memcpy, memset and memchr at every alignment. */
	h = 0;
	for (i = 0; i < 16; i++)
		for (j = 0; j < 40; j++) {
			int k;
			for (k = 0; k < 80; k++)
				src[k] = (char)k, buf[k] = 0;
			memcpy(buf + i, src + (j % 7), j);
			memset(buf + j, 0xee, i);
			p = memchr(buf, 0xee, 80);
			h = h * 31 + (p ? (unsigned long)(p - buf) : 999);
			p = memchr(src + i, 0, 80 - i);
			h = h * 31 + (p ? 1 : 0);
			for (k = 0; k < 80; k++)
				h = h * 7 + (unsigned char)buf[k];
		}
	printf("memcpy/memset/memchr hash: %lx\n", h);

	/* strlen and strnlen at every alignment and length. */
	h = 0;
	for (i = 0; i < 16; i++)
		for (j = 0; j < 40; j++) {
			memset(buf, 'x', sizeof buf);
			buf[i + j] = 0;
			h = h * 31 + strlen(buf + i) + strnlen(buf + i, 20) * 100;
		}
	printf("strlen hash: %lx\n", h);

	memset(buf, '#', 16);
	strncpy(buf, "abc", 8);
	show("strncpy pad", buf, 10);
	memset(buf, '#', 16);
	strncpy(buf, "abcdefghij", 4);
	show("strncpy full", buf, 6);
	strcpy(buf, "abc");
	strncat(buf, "defghij", 3);
	show("strncat", buf, 8);
	strcat(buf, "!");
	printf("strcat: %s\n", buf);
	printf("stpcpy end: %ld\n", (long)(stpcpy(buf, "four") - buf));

	strcpy(buf, "hello, world");
	printf("strchr: %ld %ld %d\n", (long)(strchr(buf, 'o') - buf),
	       (long)(strchr(buf, 0) - buf), strchr(buf, 'z') == NULL);
	printf("strrchr: %ld %ld\n", (long)(strrchr(buf, 'o') - buf), (long)(strrchr(buf, 0) - buf));
	printf("strchr high byte: %d\n", strchr("a\xe9z", 0xe9) != NULL);
	printf("strstr: %ld %ld %d", (long)(strstr(buf, "world") - buf),
	       (long)(strstr(buf, "") - buf), strstr(buf, "worlds") == NULL);
	strcpy(src, "aaab");
	printf(" %ld", (long)(strstr(src, "aab") - src));
	strcpy(src, "abababc");
	printf(" %ld\n", (long)(strstr(src, "ababc") - src));
	printf("spans: %zu %zu %zu %zu %s\n", strspn("aabbcx", "ab"), strcspn("hello", "lo"),
	       strspn("", "a"), strcspn("abc", ""), strpbrk("hello", "ol"));

	strcpy(buf, ",,a,,b c;;d,");
	printf("strtok:");
	for (p = strtok(buf, ",; "); p; p = strtok(NULL, ",; "))
		printf(" [%s]", p);
	printf("\n");
	strcpy(buf, "x=1&y=22&&z");
	printf("strtok_r:");
	for (p = strtok_r(buf, "&", &save); p; p = strtok_r(NULL, "&", &save)) {
		char *inner, *kv = strtok_r(p, "=", &inner);
		printf(" [%s", kv);
		kv = strtok_r(NULL, "=", &inner);
		printf("|%s]", kv ? kv : "-");
	}
	printf("\n");
	strcpy(buf, ";;;");
	printf("strtok only separators: %d\n", strtok(buf, ";") == NULL);

	p = strdup("duplicate");
	printf("strdup: %s %d\n", p, p != NULL);
	free(p);
	p = strndup("duplicate", 3);
	printf("strndup: %s %zu\n", p, strlen(p));
	free(p);
	printf("strcasecmp: %d %d %d\n", sign(strcasecmp("HeLLo", "hello")),
	       sign(strcasecmp("abc", "ABD")), sign(strncasecmp("abcX", "ABCy", 3)));
	printf("memchr limit: %d\n", memchr("abc", 'c', 2) == NULL);
	return 0;
}

/* The rest of the library against glibc: string.h, ctype.h, qsort,
 * bsearch, setjmp/longjmp, getenv/setenv, exit and atexit, time
 * (fixed), ldexp and friends, fork/exec/wait. Prints what it sees. */
#include <ctype.h>
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <math.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

static jmp_buf jb;
static volatile int jump_at = 0;

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static void jump(int depth)
{
	if (depth == jump_at)
		longjmp(jb, 7);
	if (depth > 0)
		jump(depth - 1);
}

static void bye(void)
{
	printf("atexit handler ran\n");
}

static int sign(int x)
{
	return (x > 0) - (x < 0);
}

int main(int argc, char **argv)
{
	char buf[64], *tok, *save;
	int v[200];
	volatile int local = 1;
	double d;
	int e, i, status;
	pid_t pid;

	if (argc > 1) {
		printf("exec'd child: %s\n", argv[1]);
		return 5;
	}

	/* string.h */
	printf("strlen %zu %zu\n", strlen(""), strlen("hello"));
	printf("strcmp %d %d %d\n", sign(strcmp("a", "b")), sign(strcmp("b", "a")), strcmp("x", "x"));
	printf("strncmp %d %d\n", strncmp("abcd", "abcz", 3), sign(strncmp("abcd", "abcz", 4)));
	printf("strcasecmp %d %d\n", strcasecmp("HeLLo", "hello"), sign(strncasecmp("abc", "ABD", 3)));
	printf("memcmp %d %d\n", sign(memcmp("\x01\xff", "\x01\x01", 2)), memcmp("ab", "ab", 2));
	strcpy(buf, "hello");
	strcat(buf, ", world");
	strncat(buf, "!?!", 1);
	printf("strcat [%s]\n", buf);
	printf("strchr [%s] strrchr [%s] strchr0 %d\n", strchr(buf, 'o'), strrchr(buf, 'o'),
	       strchr(buf, 0) == buf + strlen(buf));
	printf("strstr [%s] [%s] %p\n", strstr(buf, "wor"), strstr(buf, ""), (void *)strstr(buf, "xyz"));
	printf("strspn %zu strcspn %zu strpbrk [%s]\n", strspn("aabbc", "ab"), strcspn("hello", "lo"),
	       strpbrk("hello", "lo"));
	memset(buf, 'x', 10);
	buf[10] = 0;
	printf("memset [%s]\n", buf);
	strcpy(buf, "0123456789");
	memmove(buf + 2, buf, 5);
	printf("memmove up [%s]\n", buf);
	memmove(buf, buf + 3, 5);
	printf("memmove down [%s]\n", buf);
	printf("memchr [%s]\n", (char *)memchr("abcabc", 'c', 6));
	/* memmove, memcpy, memset at every small offset and length, against
	 * byte-at-a-time copies */
	{
		static unsigned char area[96], want[96];
		int bad = 0, from, to, len, k;
		for (from = 0; from < 24; from++)
			for (to = 0; to < 24; to++)
				for (len = 0; len < 40; len += 3) {
					for (k = 0; k < 96; k++)
						area[k] = want[k] = (unsigned char)(k * 7 + 1);
					for (k = 0; k < len; k++)
						want[to + k] = (unsigned char)((from + k) * 7 + 1);
					memmove(area + to, area + from, len);
					bad += memcmp(area, want, 96) != 0;
					memset(area + from, from, len);
					for (k = 0; k < len; k++)
						bad += area[from + k] != from;
				}
		printf("memmove/memset mismatches %d\n", bad);
	}
	strncpy(buf, "ab", 5);
	printf("strncpy %d %d %d\n", buf[0], buf[2], buf[4]);
	strcpy(buf, "  one, two,,three ");
	for (tok = strtok_r(buf, " ,", &save); tok; tok = strtok_r(NULL, " ,", &save))
		printf("tok [%s]\n", tok);
	tok = strdup("duplicate");
	printf("strdup [%s] strndup [%s]\n", tok, strndup("duplicate", 3));
	printf("strerror [%s] [%s] [%s]\n", strerror(ENOENT), strerror(EINVAL), strerror(0));

	/* libgen.h */
	{
		static const char *const paths[] = { "/usr/lib", "/usr/", "usr", "/", "//",
			".", "..", "", "a/b/c//", "///a", "a//b", "//a", "a/", "//a//", "/a/b/" };
		for (i = 0; i < (int)(sizeof paths / sizeof *paths); i++) {
			char p1[32], p2[32];
			strcpy(p1, paths[i]);
			strcpy(p2, paths[i]);
			printf("[%s] base [%s] dir [%s]\n", paths[i], basename(p1), dirname(p2));
		}
	}

	/* ctype.h over every byte value */
	for (i = -1; i < 256; i++) {
		int bits = (!!isalnum(i)) | (!!isalpha(i)) << 1 | (!!iscntrl(i)) << 2 |
			   (!!isdigit(i)) << 3 | (!!isgraph(i)) << 4 | (!!islower(i)) << 5 |
			   (!!isprint(i)) << 6 | (!!ispunct(i)) << 7 | (!!isspace(i)) << 8 |
			   (!!isupper(i)) << 9 | (!!isxdigit(i)) << 10 | (!!isblank(i)) << 11;
		printf("%d:%x:%d:%d ", i, bits, tolower(i), toupper(i));
	}
	printf("\n");

	/* qsort, bsearch */
	srand(1);
	for (i = 0; i < 200; i++)
		v[i] = (int)((unsigned)i * 2654435761u % 1000);
	qsort(v, 200, sizeof *v, cmp_int);
	for (i = 0; i < 200; i += 20)
		printf("%d ", v[i]);
	for (i = 1; i < 200; i++)
		if (v[i - 1] > v[i])
			printf("NOT SORTED ");
	e = 500;
	printf("\nbsearch %d %d\n", bsearch(&v[77], v, 200, sizeof *v, cmp_int) != NULL,
	       bsearch(&e, v, 200, sizeof *v, cmp_int) != NULL || 1);

	/* qsort keeps equal elements in order (glibc's is stable too) */
	{
		struct rec { int key; int seq; } r[300];
		for (i = 0; i < 300; i++) {
			r[i].key = (int)((unsigned)i * 2654435761u % 7);
			r[i].seq = i;
		}
		qsort(r, 300, sizeof *r, cmp_int);
		for (i = 0; i < 300; i += 7)
			printf("%d.%d ", r[i].key, r[i].seq);
		printf("\n");
	}

	/* setjmp, longjmp */
	i = setjmp(jb);
	if (i == 0) {
		local = 2;
		jump(10);
	}
	printf("longjmp returned %d local %d\n", i, local);

	/* environment */
	printf("getenv unset %p\n", (void *)getenv("LIBC_TEST_VAR"));
	setenv("LIBC_TEST_VAR", "one", 1);
	setenv("LIBC_TEST_VAR", "two", 0);
	printf("getenv [%s]\n", getenv("LIBC_TEST_VAR"));
	setenv("LIBC_TEST_VAR", "three", 1);
	printf("getenv [%s]\n", getenv("LIBC_TEST_VAR"));
	unsetenv("LIBC_TEST_VAR");
	printf("getenv after unset %p\n", (void *)getenv("LIBC_TEST_VAR"));

	/* math */
	printf("ldexp %a %a %a %a\n", ldexp(1.0, 10), ldexp(3.0, -1074), ldexp(1.0, 1024),
	       ldexp(0x1.8p-1070, -5));
	d = frexp(48.0, &e);
	printf("frexp %g %d\n", d, e);
	d = frexp(4.9406564584124654e-324, &e);
	printf("frexp %a %d\n", d, e);
	printf("floor %g %g ceil %g %g trunc %g fabs %g\n", floor(-1.5), floor(2.5), ceil(-1.5),
	       ceil(2.1), trunc(-2.7), fabs(-3.0));
	printf("fmod %g %g %g %a\n", fmod(10.0, 3.0), fmod(-10.0, 3.0), fmod(5.5, 0.5),
	       fmod(1e300, 3e-300));

	/* time: gmtime, mktime, strftime, asctime on fixed instants */
	{
		static const time_t when[] = { 0, 86399, 86400, 951782400, 951868800,
			1234567890, 2147483647, -1, -86401, 4102444800 };
		setenv("TZ", "UTC0", 1); /* glibc's mktime reads the zone */
		for (i = 0; i < (int)(sizeof when / sizeof *when); i++) {
			struct tm tm = *gmtime(&when[i]);
			char out[128];
			strftime(out, sizeof out, "%Y-%m-%d %H:%M:%S %a %b %e %j %y %%", &tm);
			printf("time %ld: %s wday %d yday %d mktime %ld %s", (long)when[i], out,
			       tm.tm_wday, tm.tm_yday, (long)mktime(&tm), asctime(&tm));
		}
	}

	/* multibyte, "C" locale */
	{
		wchar_t w[8] = { 0 };
		char mb[8] = "";
		int r1 = mblen("a", 1), r2 = mblen("", 1), r3 = mbtowc(w, "\x7f", 1);
		size_t n1 = mbstowcs(w, "abc", 8), n2 = wcstombs(mb, w, 8);
		printf("mb %d %d %d %zu %zu [%s] %d\n", r1, r2, r3, n1, n2, mb, wctomb(mb, L'z'));
		printf("wcslen %zu wcscmp %d %d %d\n", wcslen(L"four"), wcscmp(L"a", L"b"),
		       wcscmp(L"b", L"a"), wcscmp(L"same", L"same"));
	}

	/* sqrt, correctly rounded: fixed values and random bit patterns */
	{
		static const double sq[] = { 0.0, -0.0, 1.0, 2.0, 4.0, 0.25, 1e-310, 5e-324,
			1.7976931348623157e308, 3.0, 10.0, 1e100, 2.2250738585072014e-308 };
		uint64_t st = 12345;
		for (i = 0; i < (int)(sizeof sq / sizeof *sq); i++)
			printf("sqrt(%a) = %a\n", sq[i], sqrt(sq[i]));
		for (i = 0; i < 500; i++) {
			double y;
			st ^= st << 13;
			st ^= st >> 7;
			st ^= st << 17;
			memcpy(&y, &st, sizeof y);
			y = fabs(y);
			if (isnan(y) || isinf(y))
				continue;
			printf("sqrt(%a) = %a\n", y, sqrt(y));
		}
		printf("sqrt -1 is nan %d, sqrt inf %g\n", isnan(sqrt(-1.0)), sqrt(1.0 / 0.0));
	}

	/* integers */
	printf("abs %d labs %ld div %d %d\n", abs(-5), labs(-7L), div(-7, 2).quot, div(-7, 2).rem);

	/* fork, exec, wait */
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		char *args[] = { argv[0], "from-exec", NULL };
		execve(argv[0], args, NULL);
		_exit(99);
	}
	printf("waitpid same %d\n", waitpid(pid, &status, 0) == pid);
	printf("exited %d status %d\n", WIFEXITED(status), WEXITSTATUS(status));
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		printf("child buffered output\n");
		exit(3);
	}
	wait(&status);
	printf("child exit %d\n", WEXITSTATUS(status));

	atexit(bye);
	printf("exit with 4\n");
	exit(4);
}

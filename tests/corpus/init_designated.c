/* Initializers: nested braces and brace elision, designated initializers
 * (out of order, nested .u.f and [0][2], a later one overriding an
 * earlier one, a brace list overriding a whole row), partial initialization (the rest is zero, in automatic
 * storage too), strings into char arrays (exact fit without the NUL,
 * shorter ones zero-padded), unions (the first member, or the designated
 * one), and arrays whose size comes from the initializer. */
#include <stdio.h>
#include <string.h>

struct point { int x, y; };
struct rect { struct point a, b; char tag[6]; };
struct mat { int m[3][3]; };
union num { int i; float f; unsigned char b[8]; };
struct holder { int kind; union num u; double d; };

static void dump(const char *what, const void *p, size_t n)
{
	const unsigned char *b = p;
	size_t i;
	printf("%s:", what);
	for (i = 0; i < n; i++)
		printf("%s%02x", i % 4 ? "" : " ", b[i]);
	printf("\n");
}

/* Automatic initializers on a stack that held other data first. */
static void dirty(void)
{
	volatile unsigned char junk[512];
	int i;
	for (i = 0; i < 512; i++)
		junk[i] = 0xa5;
}

static void automatic(int k)
{
	struct rect r = { { k, k + 1 }, .tag = "ab" };
	struct rect r2 = { 1, 2, 3, 4, "abcdef" };		/* elided braces, exact fit */
	struct mat m = { { [1] = { 5, 6 }, [0][2] = 7, { 8 } } };
	int arr[10] = { [2] = 20, 30, [8] = 80, [2] = 3 };
	char s1[8] = "hi";
	char s2[] = "hello";
	char s3[5] = { 'a', 'b' };
	int zeros[16] = { 0 };
	struct holder h = { .u.f = 1.5f, .kind = 2 };
	struct holder h2 = { 3, { 0x41424344 }, 2.5 };
	union num un = { .b = { 1, 2, 3, 4, 5, 6, 7, 8 } };
	struct point pts[] = { [3].y = 9, [1] = { 1, 1 }, { 2, 2 } };
	int i;

	printf("r: %d %d %d %d \"%s\" %d\n", r.a.x, r.a.y, r.b.x, r.b.y, r.tag, r.tag[5]);
	printf("r2: %d %d %d %d %.6s\n", r2.a.x, r2.a.y, r2.b.x, r2.b.y, r2.tag);
	printf("m:");
	for (i = 0; i < 9; i++)
		printf(" %d", m.m[i / 3][i % 3]);
	printf("\narr:");
	for (i = 0; i < 10; i++)
		printf(" %d", arr[i]);
	printf("\n");
	dump("s1", s1, sizeof s1);
	dump("s2", s2, sizeof s2);
	dump("s3", s3, sizeof s3);
	for (i = 0; i < 16; i++)
		if (zeros[i])
			printf("zeros[%d] = %d\n", i, zeros[i]);
	printf("h: %d %g %g\n", h.kind, h.u.f, h.d);
	printf("h2: %d %x %g\n", h2.kind, h2.u.i, h2.d);
	dump("un", &un, sizeof un);
	printf("pts: %zu", sizeof pts / sizeof pts[0]);
	for (i = 0; i < 4; i++)
		printf(" (%d,%d)", pts[i].x, pts[i].y);
	printf("\n");
}

/* The same shapes with static storage. */
static struct rect sr = { { 1, 2 }, .tag = "ab" };
static struct mat sm = { { [1] = { 5, 6 }, [0][2] = 7, { 8 } } };
static int sarr[10] = { [2] = 20, 30, [8] = 80, [2] = 3 };
static char ss1[8] = "hi", ss2[] = "hello", ss3[5] = "abcde";
static struct holder sh = { .u.f = 1.5f, .kind = 2 };
static struct point spts[] = { [3].y = 9, [1] = { 1, 1 }, { 2, 2 } };
static const char *names[] = { [2] = "two", [0] = "zero" };
static char grid[3][4] = { "abc", "de", { 'f' } };
static int flat[2][3] = { 1, 2, 3, 4 };
static float fs[] = { 1, 2.5f, 1e-45f, [5] = -0.0f };

int main(void)
{
	int i;
	dirty();
	automatic(10);
	dirty();
	automatic(-5);
	printf("sr: %d %d %d %d \"%s\"\n", sr.a.x, sr.a.y, sr.b.x, sr.b.y, sr.tag);
	printf("sm:");
	for (i = 0; i < 9; i++)
		printf(" %d", sm.m[i / 3][i % 3]);
	printf("\nsarr:");
	for (i = 0; i < 10; i++)
		printf(" %d", sarr[i]);
	printf("\n");
	dump("ss1", ss1, sizeof ss1);
	dump("ss2", ss2, sizeof ss2);
	dump("ss3", ss3, sizeof ss3);
	printf("sh: %d %g\n", sh.kind, sh.u.f);
	printf("spts: %zu (%d,%d) (%d,%d) (%d,%d)\n", sizeof spts / sizeof spts[0], spts[1].x,
	       spts[2].x, spts[3].x, spts[3].y, spts[0].x, spts[0].y);
	printf("names: %zu %s %s %s\n", sizeof names / sizeof names[0], names[0],
	       names[1] ? names[1] : "(null)", names[2]);
	dump("grid", grid, sizeof grid);
	dump("flat", flat, sizeof flat);
	printf("fs: %zu", sizeof fs / sizeof fs[0]);
	for (i = 0; i < 6; i++)
		printf(" %g", fs[i]);
	printf("\n");
	return 0;
}

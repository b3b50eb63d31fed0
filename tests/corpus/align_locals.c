/* _Alignas on objects: globals, statics and locals (in main, in a callee
 * whose frame is not itself aligned, in a recursive function, and next to
 * a variable-length array) must sit at a multiple of their alignment;
 * _Alignas on a struct member raises the struct's alignment and size.
 * Addresses differ between runs: only the address modulo the alignment is
 * printed. */
#include <stdio.h>
#include <stdint.h>

static _Alignas(32) char g32[3];
static _Alignas(64) int g64;
_Alignas(256) unsigned char g256[5];
static char after_g256;
static _Alignas(4096) char page[16];

struct member { char c; _Alignas(32) int x; };
struct inner { _Alignas(16) char v[3]; };

#define MOD(p, n) ((unsigned)((uintptr_t)(p) % (n)))

static void frame(int depth)
{
	char pad = (char)depth;
	_Alignas(32) char a[5];
	short s = 1;
	_Alignas(64) double d = depth;
	_Alignas(16) char b;
	_Alignas(128) struct inner in;
	static _Alignas(32) int st;
	printf("depth %d: a %u d %u b %u in %u st %u (%d %d %g %d)\n", depth, MOD(a, 32),
	       MOD(&d, 64), MOD(&b, 16), MOD(&in, 128), MOD(&st, 32), pad, s, d, (int)sizeof a);
	if (depth < 3)
		frame(depth + 1);
}

static void with_vla(int n)
{
	char vla[n];
	_Alignas(32) char after[2];
	vla[0] = 1;
	printf("vla %d: after %u (%d)\n", n, MOD(after, 32), vla[0]);
}

static void odd_frame(char a, char b, char c)
{
	char x = a + b + c;
	_Alignas(32) long long v = x;
	printf("odd frame: v %u (%lld)\n", MOD(&v, 32), v);
}

int main(void)
{
	_Alignas(32) int local32 = 5;
	char c = 'c';
	_Alignas(64) char local64[7];
	struct member m;
	struct member arr[3];
	int i;

	printf("globals: g32 %u g64 %u g256 %u page %u (%d %d)\n", MOD(g32, 32), MOD(&g64, 64),
	       MOD(g256, 256), MOD(page, 4096), g32[0] + g64 + g256[0] + after_g256, page[0]);
	printf("main: local32 %u local64 %u (%d %c %d)\n", MOD(&local32, 32), MOD(local64, 64),
	       local32, c, (int)sizeof local64);
	printf("struct member: sizeof %zu alignof %zu, m.x %u\n", sizeof m, _Alignof(struct member),
	       MOD(&m.x, 32));
	for (i = 0; i < 3; i++)
		printf("arr[%d] %u arr[%d].x %u\n", i, MOD(&arr[i], 32), i, MOD(&arr[i].x, 32));
	printf("inner: sizeof %zu alignof %zu\n", sizeof(struct inner), _Alignof(struct inner));
	frame(0);
	for (i = 1; i < 40; i += 13)
		with_vla(i);
	odd_frame(1, 2, 3);
	return 0;
}

/* declarations: the spellings of types (long unsigned int, signed,
 * unsigned long long), qualifiers, several declarators in one
 * declaration, pointers to arrays and functions, abstract declarators
 * in casts and sizeof, sizes from sizeof, prototypes without names,
 * extern definitions, stray semicolons */
#include "t.h"

typedef unsigned long long u64;
long unsigned int lui = 5;
short int si = -2;
signed sg = -3;
unsigned long long ull = 7;
long long int lli = -9;
int a, *b = &a, c[3], (*d)(void);
static const char *const names[] = {"x", "y",};
enum e { E0, E1, E2, };
struct s { int v; };
char buf[sizeof(struct s) * 2 + sizeof(int (*)(void))];
volatile int vol = 4;

extern int f(void) { return 3; };
int g(int x) { return x + 1; }
static int proto(int, char *, long (*)(int));

static long cb(int v) { return v * 3L; }
static int proto(int n, char *s, long (*fn)(int)) { return n + s[0] + fn(2); }

int main(int argc, char *argv[])
{
	int (*h)(int) = (int (*)(int))g;
	u64 big = 1;
	void *vp = (void *)g;
	const int k = 5;
	int const *pk = &k;
	char *const pc = buf;
	int i, j = 2, *pj = &j, arr[2][3], (*pa)[3] = arr;
	big <<= 63;
	say("spellings", lui + si + sg + ull + lli);
	say("sizes", sizeof(lui) + sizeof(si) * 10 + sizeof(ull) * 100 + sizeof(lli) * 1000);
	say("h", h(1));
	say("f", f());
	say("big", big >> 63);
	say("buf", sizeof buf);
	say("vp", ((int (*)(int))vp)(0));
	say("k", *pk + k + vol);
	pc[0] = 'q';
	say("pc", buf[0]);
	*pj = 9;
	i = j;
	pa[1][2] = 6;
	say("pa", arr[1][2] + i);
	put_str(names[1]);
	put_char('\n');
	say("enum", E2);
	say("proto", proto(1, "A", cb));
	a = 11;
	say("b", *b);
	d = f;
	say("d", d());
	say("abstract", sizeof(char (*)[7]) + sizeof(char[7]) * 10 + sizeof(int *[3]) * 100);
	return 0;
}

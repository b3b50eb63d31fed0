/* arith.c: _Complex types, constants, conversions and operators, printed
 * bit for bit (a NaN as "nan", whatever its sign and payload); built by
 * tcc0 and by gcc (-O0 -ffp-contract=off), the outputs must be equal.
 * The operands come from volatile tables, so gcc computes at run time
 * (libgcc's __muldc3 and the rest) as tcc does (libtcc1's). */
#include <stdio.h>
#include <string.h>

#define complex _Complex
#define I (0.0f + 1.0fi)

typedef float complex fc;
typedef double complex dc;
typedef long double complex lc;

/* what musl's complex.h and complex_impl.h do */
#define CMPLX(x, y) ((union { dc z; double xy[2]; }){.xy = {(x), (y)}}.z)
#define CMPLXF(x, y) ((union { fc z; float xy[2]; }){.xy = {(x), (y)}}.z)
#define CMPLXL(x, y) ((union { lc z; long double xy[2]; }){.xy = {(x), (y)}}.z)
#define cimag(x) (+(union { dc z; double xy[2]; }){(dc)(x)}.xy[1])
#define creal(x) ((double)(x))

static void pf(float x)
{
	unsigned u;
	memcpy(&u, &x, 4);
	if (x != x)
		printf(" nan");
	else
		printf(" %08x", u);
}

static void pd(double x)
{
	unsigned long long u;
	memcpy(&u, &x, 8);
	if (x != x)
		printf(" nan");
	else
		printf(" %016llx", u);
}

static void pl(long double x)
{
	unsigned long long u[2];
	memcpy(u, &x, 16);
	if (x != x)
		printf(" nan");
	else
		printf(" %016llx%016llx", u[1], u[0]);
}

static void pfc(const char *s, fc z)
{
	printf("%s", s);
	pf(__real__ z);
	pf(__imag__ z);
	printf("\n");
}

static void pdc(const char *s, dc z)
{
	printf("%s", s);
	pd(__real__ z);
	pd(__imag__ z);
	printf("\n");
}

static void plc(const char *s, lc z)
{
	printf("%s", s);
	pl(__real__ z);
	pl(__imag__ z);
	printf("\n");
}

/* the values of the parts of the operands */
static volatile double val[] = {
	0.0, -0.0, 1.5, -3.0, 0x1p1000, 0x1p-1070, 1.0 / 0.0, -1.0 / 0.0, 0.0 / 0.0,
};
#define NVAL (int)(sizeof val / sizeof val[0])

struct with { char c; dc z; fc f[2]; lc l; };
static struct with gw = { 'w', 1.0 + 2.0 * I, { 3.0f, 4.0fi }, 5.0L - 6.0Li };
static dc garr[] = { 1, 2.5i, -3.0 - 4.0i };
static fc gf = 2.0if;
static lc gl = 1e3jL;
static const dc gi = I;

static dc ret_real(void) { return 7; }
static fc conv(lc z) { return z; }
static double to_real(dc z) { return z; }

int main(void)
{
	int i, j, k, m, n = 0;
	dc z, w, *p;
	fc f;
	lc l;
	_Bool b;

	printf("sizes %d %d %d, alignments %d %d %d\n", (int)sizeof(fc),
	       (int)sizeof(dc), (int)sizeof(lc), (int)_Alignof(fc),
	       (int)_Alignof(dc), (int)_Alignof(lc));
	printf("struct %d at %d %d %d\n", (int)sizeof(struct with),
	       (int)((char *)&gw.z - (char *)&gw), (int)((char *)&gw.f - (char *)&gw),
	       (int)((char *)&gw.l - (char *)&gw));
	printf("constants %d %d %d %d\n", (int)sizeof(1.0fi), (int)sizeof(1.0i),
	       (int)sizeof(1.0li), (int)sizeof(I));

	/* initializers, unions, compound literals, arrays, pointers */
	pdc("gw.z", gw.z);
	pfc("gw.f[0]", gw.f[0]);
	pfc("gw.f[1]", gw.f[1]);
	plc("gw.l", gw.l);
	for (i = 0; i < 3; i++)
		pdc("garr", garr[i]);
	pfc("gf", gf);
	plc("gl", gl);
	pdc("gi", gi);
	pdc("CMPLX", CMPLX(val[2], val[3]));
	pfc("CMPLXF", CMPLXF(val[3], val[1]));
	plc("CMPLXL", CMPLXL(val[1], val[2]));
	pd(cimag(CMPLX(val[2], val[3])));
	pd(creal(CMPLX(val[2], val[3])));
	printf(" cimag creal\n");
	p = &garr[1];
	pdc("*p", *p);
	pdc("p[1]", p[1]);
	p[1] = *p;
	pdc("p[1] = *p", garr[2]);
	pdc("compound", (dc){ 4.5 });
	{
		dc local[3] = { 1, [2] = 2.0i };
		struct with lw = { 'l', 1.5i, { 2.5f }, 3 };
		pdc("local[0]", local[0]);
		pdc("local[2]", local[2]);
		pdc("lw.z", lw.z);
		pfc("lw.f[0]", lw.f[0]);
		pfc("lw.f[1]", lw.f[1]);
		plc("lw.l", lw.l);
	}

	/* conversions */
	z = 3;
	pdc("int", z);
	z = (dc)val[1];
	pdc("-0.0", z);
	f = val[3];
	pfc("double to fc", f);
	l = 'a';
	plc("char to lc", l);
	pdc("ret_real", ret_real());
	pfc("lc to fc", conv(CMPLXL(1.0L / 3, -2.0L / 3)));
	plc("fc to lc", CMPLXF(1.0f / 3, val[1]));
	pd(to_real(CMPLX(val[3], val[2])));
	printf(" to_real\n");
	printf("to int %d %d\n", (int)CMPLX(val[3], val[2]), (int)(fc)CMPLX(val[2], 0));
	for (i = 0; i < NVAL; i++) {
		b = CMPLX(val[i], 0);
		printf("bool %d", b);
		b = CMPLX(0, val[i]);
		printf(" %d", b);
		b = CMPLXF(val[i], val[i]);
		printf(" %d", b);
		printf(" %d %d", !CMPLXL(val[i], 0), CMPLX(val[i], val[i]) ? 1 : 0);
		z = CMPLX(0, val[i]);
		printf(" %d %d %d", z && 1, 0 || CMPLXF(val[i], 0), (z == 0) + 1);
		if (z)
			printf(" if");
		while (z) {
			printf(" while");
			z = 0;
		}
		printf("\n");
	}

	/* + - * / == != between complex and complex or real, each precision */
	for (i = 0; i < NVAL; i++)
	for (j = 0; j < NVAL; j++)
	for (k = 0; k < NVAL; k++)
	for (m = 0; m < NVAL; m++) {
		dc x = CMPLX(val[i], val[j]), y = CMPLX(val[k], val[m]);
		double r = val[m];

		if ((i * 7 + j * 5 + k * 3 + m) % 8)
			continue; /* an eighth of them */
		n++;
		printf("%d %d %d %d\n", i, j, k, m);
		pdc(" +", x + y);
		pdc(" -", x - y);
		pdc(" *", x * y);
		pdc(" /", x / y);
		pdc(" +r", x + r);
		pdc(" r-", r - x);
		pdc(" *r", x * r);
		pdc(" r*", r * x);
		pdc(" /r", x / r);
		pdc(" r/", r / x);
		printf(" == %d %d %d %d\n", x == y, x != y, x == r, r != x);
		pdc(" neg", -x);
		pdc(" pos", +x);
		pfc(" f*", (fc)x * (fc)y);
		pfc(" f/", (fc)x / (fc)y);
		pfc(" f+", (fc)x + (float)r);
		plc(" l*", (lc)x * (lc)y);
		plc(" l/", (lc)x / (lc)y);
		plc(" l-", (lc)x - (lc)y);
		plc(" mixed", (fc)x * (lc)y);
		z = x;
		z += y;
		pdc(" +=", z);
		z *= y;
		pdc(" *=", z);
		z /= r;
		pdc(" /=", z);
		z -= 1;
		pdc(" -=", z);
		w = z++;
		pdc(" ++", z);
		pdc(" old", w);
	}
	printf("%d cases\n", n);
	return 0;
}

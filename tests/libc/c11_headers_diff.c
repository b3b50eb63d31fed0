/* <stdalign.h>, <stdnoreturn.h> and <iso646.h> against glibc (and gcc's
 * own headers): what each macro expands to, alignments of types, of
 * objects and of members declared with alignas, and a noreturn function
 * that leaves by longjmp and one that leaves by exit. */
#include <iso646.h>
#include <setjmp.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdnoreturn.h>

#define STR(x) #x
#define EXPANDS(x) printf("%-20s -> %s\n", #x, STR(x))

struct padded {
	char c;
	alignas(8) char d;
	alignas(long double) char e;
};

struct wide {
	alignas(32) int x;
};

alignas(16) static char global16[10];
alignas(double) static char global_double[3];

static jmp_buf back;

noreturn static void jump_back(int v)
{
	longjmp(back, v);
}

noreturn static void leave(int status)
{
	printf("leaving with %d\n", status);
	exit(status);
}

static int aligned(const void *p, size_t n)
{
	return (uintptr_t)p % n == 0;
}

static void show_iso646(void)
{
	unsigned a = 0xf0, b = 0x3c;

	EXPANDS(and);
	EXPANDS(and_eq);
	EXPANDS(bitand);
	EXPANDS(bitor);
	EXPANDS(compl);
	EXPANDS(not);
	EXPANDS(not_eq);
	EXPANDS(or);
	EXPANDS(or_eq);
	EXPANDS(xor);
	EXPANDS(xor_eq);
	printf("a bitand b %#x, a bitor b %#x, a xor b %#x, compl a %#x\n", a bitand b,
	       a bitor b, a xor b, compl a);
	printf("a and b %d, a and 0 %d, 0 or b %d, 0 or 0 %d, not a %d, a not_eq b %d\n",
	       a and b, a and 0, 0 or b, 0 or 0, not a, a not_eq b);
	a and_eq 0x3f;
	printf("and_eq %#x", a);
	a or_eq 0x100;
	printf(", or_eq %#x", a);
	a xor_eq 0x131;
	printf(", xor_eq %#x\n", a);
}

static void show_alignment(void)
{
	alignas(64) char local64[5];
	alignas(struct wide) char local_wide[7];

	EXPANDS(alignas);
	EXPANDS(alignof);
	printf("__alignas_is_defined %d, __alignof_is_defined %d\n", __alignas_is_defined,
	       __alignof_is_defined);
	printf("alignof: char %zu, short %zu, int %zu, long %zu, long long %zu, float %zu\n",
	       alignof(char), alignof(short), alignof(int), alignof(long), alignof(long long),
	       alignof(float));
	printf("alignof: double %zu, long double %zu, void * %zu\n", alignof(double),
	       alignof(long double), alignof(void *));
	printf("struct padded: alignof %zu, sizeof %zu, d at %zu, e at %zu\n",
	       alignof(struct padded), sizeof(struct padded), offsetof(struct padded, d),
	       offsetof(struct padded, e));
	printf("struct wide: alignof %zu, sizeof %zu\n", alignof(struct wide), sizeof(struct wide));
	printf("aligned: global16 %d, global_double %d, local64 %d, local_wide %d\n",
	       aligned(global16, 16), aligned(global_double, alignof(double)),
	       aligned(local64, 64), aligned(local_wide, 32));
	local64[0] = local_wide[0] = global16[0] = global_double[0] = 1;
}

int main(void)
{
	int v;

	EXPANDS(noreturn);
	show_iso646();
	show_alignment();
	v = setjmp(back);
	if (v == 0)
		jump_back(5);
	printf("back from a noreturn function by longjmp: %d\n", v);
	leave(7);
}

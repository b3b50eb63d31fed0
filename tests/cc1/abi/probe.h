/* probe.h: AAPCS64 itself as the judge of a call, for the abi programs.
 * A program is built whole by one compiler, so a call whose caller and
 * callee agree on a wrong convention still works; these two functions,
 * written as machine code, do not share the compiler's convention:
 *  - probe records the registers and the first 256 bytes of the stack a
 *    caller passes into `seen` and returns give's x0, x1 and q0-q3;
 *    probe_mem first copies give.size bytes of give.mem to [x8] (a
 *    result in memory);
 *  - call_with(fn) calls fn with give's x0-x8, q0-q7 and 256 bytes of
 *    stack arguments and records the x0, x1 and q0-q3 it returns in seen.
 * Call them through a pointer of the signature under test: PROBE(type),
 * PROBE_MEM(type), CALL_WITH. show() prints the parts of `seen` that the
 * signature defines (an int in w0 leaves x0's high half undefined). The
 * code was assembled by GNU as from the instructions in the comments. */
#include <stdio.h>
#include <string.h>

struct regs {
	unsigned long x[9];			/* x0-x8 at 0 */
	unsigned long size;			/* how many bytes probe_mem writes, at 72 */
	unsigned char q[8][16];			/* q0-q7 at 80 */
	unsigned char stack[256];		/* [sp, sp+256) at 208 */
	unsigned char mem[48];			/* what probe_mem writes to [x8], at 464 */
} __attribute__((aligned(16)));
_Static_assert(sizeof(struct regs) == 512, "the offsets in probe_code");

struct regs seen, give;

/* probe_mem at byte 0, probe at 36, call_with at 124; the addresses of
 * seen and give at 240 and 248 */
const unsigned long probe_code[] __attribute__((section(".text"), aligned(8))) = {
	0xf9402629580007d1UL, /* ldr x17, lit_give; ldr x9, [x17, #72] */
	0xaa0803eb9107422aUL, /* add x10, x17, #0x1d0; mov x11, x8 */
	0x3840154cb40000a9UL, /* cbz x9, .+20; ldrb w12, [x10], #1 */
	0xd10005293800156cUL, /* strb w12, [x11], #1; sub x9, x9, #0x1 */
	0x5800067017fffffcUL, /* b .-16; ldr x16, lit_seen */
	0xa9010e02a9000600UL, /* stp x0, x1, [x16]; stp x2, x3, [x16, #16] */
	0xa9031e06a9021604UL, /* stp x4, x5, [x16, #32]; stp x6, x7, [x16, #48] */
	0xad028600f9002208UL, /* str x8, [x16, #64]; stp q0, q1, [x16, #80] */
	0xad049604ad038e02UL, /* stp q2, q3, [x16, #112]; stp q4, q5, [x16, #144] */
	0x9103420bad059e06UL, /* stp q6, q7, [x16, #176]; add x11, x16, #0xd0 */
	0x9104012c910003e9UL, /* mov x9, sp; add x12, x9, #0x100 */
	0xa881356aa8c1352aUL, /* ldp x10, x13, [x9], #16; stp x10, x13, [x11], #16 */
	0x54ffffa1eb0c013fUL, /* cmp x9, x12; b.ne .-12 */
	0xa940062058000491UL, /* ldr x17, lit_give; ldp x0, x1, [x17] */
	0xad438e22ad428620UL, /* ldp q0, q1, [x17, #80]; ldp q2, q3, [x17, #112] */
	0xa9bf7bfdd65f03c0UL, /* ret; stp x29, x30, [sp, #-16]! */
	0xaa0003f0d10403ffUL, /* sub sp, sp, #0x100; mov x16, x0 */
	0x9103422958000391UL, /* ldr x17, lit_give; add x9, x17, #0xd0 */
	0x9104012c910003ebUL, /* mov x11, sp; add x12, x9, #0x100 */
	0xa881356aa8c1352aUL, /* ldp x10, x13, [x9], #16; stp x10, x13, [x11], #16 */
	0x54ffffa1eb0c013fUL, /* cmp x9, x12; b.ne .-12 */
	0xad438e22ad428620UL, /* ldp q0, q1, [x17, #80]; ldp q2, q3, [x17, #112] */
	0xad459e26ad449624UL, /* ldp q4, q5, [x17, #144]; ldp q6, q7, [x17, #176] */
	0xa9431e26f9402228UL, /* ldr x8, [x17, #64]; ldp x6, x7, [x17, #48] */
	0xa9410e22a9421624UL, /* ldp x4, x5, [x17, #32]; ldp x2, x3, [x17, #16] */
	0xd63f0200a9400620UL, /* ldp x0, x1, [x17]; blr x16 */
	0xa900060058000110UL, /* ldr x16, lit_seen; stp x0, x1, [x16] */
	0xad038e02ad028600UL, /* stp q0, q1, [x16, #80]; stp q2, q3, [x16, #112] */
	0xa8c17bfd910403ffUL, /* add sp, sp, #0x100; ldp x29, x30, [sp], #16 */
	0xd503201fd65f03c0UL, /* ret; nop */
	(unsigned long)&seen, /* lit_seen */
	(unsigned long)&give, /* lit_give */
};

#define PROBE_MEM(type) ((type)(const void *)probe_code)
#define PROBE(type) ((type)(const void *)((const char *)probe_code + 36))
#define CALL_WITH ((void (*)(void *))(const void *)((const char *)probe_code + 124))

/* give filled with a pattern, so that what a callee reads from a part of
 * give no argument set is still the same in every build */
static void give_reset(void)
{
	memset(&give, 0xa5, sizeof give);
	give.size = 0;
}

/* The parts of a struct regs are named in a spec, items separated by
 * blanks: xN:B (x register N's low B bytes), vN:B (q register N's low B
 * bytes), sO:B (B bytes at stack offset O), *xN:B and *sO:B (the B bytes
 * at the address in xN or at stack offset O: an argument passed by
 * reference). place() returns where the next item of *S is in R and moves
 * *S past it. */
static unsigned char *place(struct regs *r, const char **s, int *ind, int *size)
{
	int n = 0;
	char kind;

	while (**s == ' ')
		(*s)++;
	*ind = **s == '*';
	*s += *ind;
	kind = *(*s)++;
	while (**s >= '0' && **s <= '9')
		n = n * 10 + *(*s)++ - '0';
	*size = 0;
	if (**s == ':')
		for ((*s)++; **s >= '0' && **s <= '9'; (*s)++)
			*size = *size * 10 + **s - '0';
	return kind == 'x' ? (unsigned char *)&r->x[n] : kind == 'v' ? r->q[n] : r->stack + n;
}

/* SIZE bytes at P to give, at WHERE ("x3", "v2", "s8") */
static void put(const char *where, const void *p, int size)
{
	int ind, n;

	memcpy(place(&give, &where, &ind, &n), p, size);
}

/* the values VALS[i] to give where SPEC's items say; for *xN and *sO, the
 * value's address */
static void give_args(const char *spec, const void *const *vals)
{
	const char *s = spec;
	int ind, size;

	while (*s) {
		unsigned char *p = place(&give, &s, &ind, &size);

		if (ind)
			memcpy(p, vals, sizeof *vals);
		else
			memcpy(p, *vals, size);
		vals++;
	}
}

static void bytes(const unsigned char *p, int size)
{
	while (size-- > 0)
		printf("%02x", *p++);
}

/* show(what, spec): the parts of seen that SPEC names */
static void show(const char *what, const char *spec)
{
	const char *s = spec;
	int ind, size;

	printf("%s:", what);
	while (*s) {
		const unsigned char *p = place(&seen, &s, &ind, &size);

		if (ind)
			memcpy(&p, p, sizeof p);
		printf(" ");
		bytes(p, size);
	}
	printf("\n");
}

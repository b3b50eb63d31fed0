/* _start: process entry. The kernel leaves argc at [sp]; pass that
 * address to __libc_start (src/start/libc_start.c) before anything
 * touches the stack. The target's address sits after the code and is
 * loaded PC-relative, so the words need no branch relocation. Raw
 * instruction words: see user/libc/README.md, "Per-arch pieces". */
void __libc_start(long *sp);

const struct {
	unsigned int insn[8];
	void (*target)(long *);
} _start __attribute__((section(".text"), aligned(8))) = {
	{
		0xd280001d, /* mov x29, #0 */
		0xd280001e, /* mov x30, #0 */
		0x910003e0, /* mov x0, sp */
		0x927cec1f, /* and sp, x0, #-16 */
		0x58000090, /* ldr x16, .+16 */
		0xd63f0200, /* blr x16 */
		0x00000000, /* udf #0 */
		0x00000000, /* udf #0 */
	},
	__libc_start,
};

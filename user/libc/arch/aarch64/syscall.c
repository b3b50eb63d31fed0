/* __syscall(n, a, b, c, d, e, f): Linux system call n with six arguments;
 * returns the kernel's result (a negative errno on failure). Raw
 * instruction words: see user/libc/README.md, "Per-arch pieces". */
const unsigned int __syscall[] __attribute__((section(".text"), aligned(4))) = {
	0xaa0003e8, /* mov x8, x0 */
	0xaa0103e0, /* mov x0, x1 */
	0xaa0203e1, /* mov x1, x2 */
	0xaa0303e2, /* mov x2, x3 */
	0xaa0403e3, /* mov x3, x4 */
	0xaa0503e4, /* mov x4, x5 */
	0xaa0603e5, /* mov x5, x6 */
	0xd4000001, /* svc #0 */
	0xd65f03c0, /* ret */
};

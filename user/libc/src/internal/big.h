/* Unsigned big integers in base 10^9, least significant limb first:
 * what exact decimal conversion needs (printf's %e %f %g and strtod). */
#ifndef _INTERNAL_BIG_H
#define _INTERNAL_BIG_H
#include <stdint.h>

/* The largest need: a binary128 subnormal's exact decimal expansion,
 * 2^113 * 5^16494, has 11564 digits (printf); strtod's ratios stay
 * below 10^5800. */
#define BIG_LIMBS 1300
#define BIG_BASE 1000000000U

struct big {
	int n; /* limbs in use; 0 for zero */
	uint32_t d[BIG_LIMBS];
};

void __big_set(struct big *b, uint64_t v);
void __big_mul(struct big *b, uint32_t m);
void __big_add(struct big *b, uint32_t a);
void __big_mul_pow2(struct big *b, int k);
void __big_mul_pow5(struct big *b, int k);
void __big_mul_pow10(struct big *b, int k);
int __big_cmp(const struct big *a, const struct big *b);
void __big_sub(struct big *a, const struct big *b); /* a >= b */
int __big_digits(const struct big *b, char *out);   /* decimal, no leading 0 */

#endif

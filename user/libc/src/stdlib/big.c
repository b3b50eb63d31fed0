/* Big integers in base 10^9 (see big.h). Limbs past BIG_LIMBS are
 * never needed by the callers, whose ranges are bounded. */
#include "big.h"

void __big_set(struct big *b, uint64_t v)
{
	b->n = 0;
	while (v) {
		b->d[b->n++] = (uint32_t)(v % BIG_BASE);
		v /= BIG_BASE;
	}
}

void __big_mul(struct big *b, uint32_t m)
{
	uint64_t carry = 0;

	for (int i = 0; i < b->n; i++) {
		uint64_t t = (uint64_t)b->d[i] * m + carry;
		b->d[i] = (uint32_t)(t % BIG_BASE);
		carry = t / BIG_BASE;
	}
	while (carry) {
		b->d[b->n++] = (uint32_t)(carry % BIG_BASE);
		carry /= BIG_BASE;
	}
}

void __big_add(struct big *b, uint32_t a)
{
	uint64_t carry = a;

	for (int i = 0; carry; i++) {
		if (i == b->n)
			b->d[b->n++] = 0;
		carry += b->d[i];
		b->d[i] = (uint32_t)(carry % BIG_BASE);
		carry /= BIG_BASE;
	}
}

void __big_mul_pow2(struct big *b, int k)
{
	for (; k >= 29; k -= 29)
		__big_mul(b, 1U << 29);
	if (k)
		__big_mul(b, 1U << k);
}

void __big_mul_pow5(struct big *b, int k)
{
	static const uint32_t pow5[] = { 1, 5, 25, 125, 625, 3125, 15625,
		78125, 390625, 1953125, 9765625, 48828125, 244140625 };

	for (; k >= 12; k -= 12)
		__big_mul(b, pow5[12]);
	if (k)
		__big_mul(b, pow5[k]);
}

void __big_mul_pow10(struct big *b, int k)
{
	static const uint32_t pow10[] = { 1, 10, 100, 1000, 10000, 100000,
		1000000, 10000000, 100000000 };
	int limbs = k / 9;

	if (!b->n)
		return;
	if (limbs) {
		for (int i = b->n - 1; i >= 0; i--)
			b->d[i + limbs] = b->d[i];
		for (int i = 0; i < limbs; i++)
			b->d[i] = 0;
		b->n += limbs;
	}
	if (k % 9)
		__big_mul(b, pow10[k % 9]);
}

int __big_cmp(const struct big *a, const struct big *b)
{
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (int i = a->n - 1; i >= 0; i--)
		if (a->d[i] != b->d[i])
			return a->d[i] < b->d[i] ? -1 : 1;
	return 0;
}

void __big_sub(struct big *a, const struct big *b)
{
	int32_t borrow = 0;

	for (int i = 0; i < a->n; i++) {
		int64_t t = (int64_t)a->d[i] - (i < b->n ? b->d[i] : 0) - borrow;
		borrow = t < 0;
		a->d[i] = (uint32_t)(t + (borrow ? BIG_BASE : 0));
	}
	while (a->n && !a->d[a->n - 1])
		a->n--;
}

int __big_digits(const struct big *b, char *out)
{
	int len = 0;

	for (int i = b->n - 1; i >= 0; i--) {
		uint32_t v = b->d[i];
		char tmp[9];
		int k;
		for (k = 0; k < 9; k++) {
			tmp[8 - k] = (char)('0' + v % 10);
			v /= 10;
		}
		k = 0;
		if (i == b->n - 1)
			while (k < 8 && tmp[k] == '0')
				k++;
		for (; k < 9; k++)
			out[len++] = tmp[k];
	}
	out[len] = 0;
	return len;
}

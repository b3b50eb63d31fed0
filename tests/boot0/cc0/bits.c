/* bits: bit manipulation on unsigned types: popcount, rotations,
 * reversals, masks, FNV-1a hashes of 32 and 64 bits */
#include "t.h"

static int popcount(unsigned long v)
{
	int n = 0;
	while (v) {
		v &= v - 1;
		n++;
	}
	return n;
}

static unsigned rotl32(unsigned v, int k) { return v << k | v >> (32 - k); }
static unsigned long rotr64(unsigned long v, int k) { return v >> k | v << (64 - k); }

static unsigned reverse(unsigned v)
{
	unsigned r = 0;
	int i;
	for (i = 0; i < 32; i++) {
		r = r << 1 | (v & 1);
		v >>= 1;
	}
	return r;
}

static unsigned fnv32(const char *s)
{
	unsigned h = 2166136261u;
	while (*s) {
		h ^= (unsigned char)*s++;
		h *= 16777619;
	}
	return h;
}

static unsigned long fnv64(const char *s)
{
	unsigned long h = 14695981039346656037UL;
	while (*s) {
		h ^= (unsigned char)*s++;
		h *= 1099511628211UL;
	}
	return h;
}

int main(void)
{
	say("pop", popcount(0xf0f0f0f0f0f0f0f0UL));
	say("pop_all", popcount(-1));
	sayx("rotl", rotl32(0x80000001u, 4));
	sayx("rotr", rotr64(0x123456789abcdef0UL, 12));
	sayx("rev", reverse(0x12345678));
	sayx("fnv32", fnv32("hello, world"));
	sayx("fnv64", fnv64("hello, world"));
	sayx("mask", (1u << 31) - 1);
	sayx("maskl", ~0UL >> 1);
	sayx("low", 0xabcdef & ~0xf0f);
	say("sign_bit", (int)0x80000000 >> 31);
	sayx("byteswap", (0x11223344u >> 24) | (0x11223344u >> 8 & 0xff00) | (0x11223344u << 8 & 0xff0000) | 0x11223344u << 24);
	return 0;
}

/* sha256sum -o MANIFEST FILE...: writes "HASH  FILE" lines, the format
 * `sha256sum -c` reads. boot4 builds it with tcc3 to sign its outputs.
 * SHA-256 as FIPS 180-4 describes it. */
#include <stdio.h>
#include <string.h>

typedef unsigned int u32;

static const u32 K[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

struct sha256 {
	u32 h[8];
	unsigned char block[64];
	unsigned long len;
};

static u32 ror(u32 x, int n) { return (x >> n) | (x << (32 - n)); }

static void compress(struct sha256 *s, const unsigned char *p)
{
	u32 w[64], a[8];
	for (int i = 0; i < 16; i++)
		w[i] = (u32)p[4 * i] << 24 | (u32)p[4 * i + 1] << 16 | (u32)p[4 * i + 2] << 8 | p[4 * i + 3];
	for (int i = 16; i < 64; i++) {
		u32 s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
		u32 s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	for (int i = 0; i < 8; i++)
		a[i] = s->h[i];
	for (int i = 0; i < 64; i++) {
		u32 t1 = a[7] + (ror(a[4], 6) ^ ror(a[4], 11) ^ ror(a[4], 25)) +
			 ((a[4] & a[5]) ^ (~a[4] & a[6])) + K[i] + w[i];
		u32 t2 = (ror(a[0], 2) ^ ror(a[0], 13) ^ ror(a[0], 22)) +
			 ((a[0] & a[1]) ^ (a[0] & a[2]) ^ (a[1] & a[2]));
		for (int j = 7; j > 0; j--)
			a[j] = a[j - 1];
		a[4] += t1;
		a[0] = t1 + t2;
	}
	for (int i = 0; i < 8; i++)
		s->h[i] += a[i];
}

static void init(struct sha256 *s)
{
	static const u32 h0[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
				   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
	memcpy(s->h, h0, sizeof h0);
	s->len = 0;
}

static void update(struct sha256 *s, const unsigned char *p, unsigned long n)
{
	while (n--) {
		s->block[s->len++ % 64] = *p++;
		if (s->len % 64 == 0)
			compress(s, s->block);
	}
}

static void finish(struct sha256 *s, unsigned char out[32])
{
	unsigned long bits = s->len * 8;
	unsigned char pad = 0x80, zero = 0, len[8];
	update(s, &pad, 1);
	while (s->len % 64 != 56)
		update(s, &zero, 1);
	for (int i = 0; i < 8; i++)
		len[i] = (unsigned char)(bits >> (56 - 8 * i));
	update(s, len, 8);
	for (int i = 0; i < 8; i++)
		for (int j = 0; j < 4; j++)
			out[4 * i + j] = (unsigned char)(s->h[i] >> (24 - 8 * j));
}

int main(int argc, char **argv)
{
	static unsigned char buf[65536];
	if (argc < 3 || strcmp(argv[1], "-o") != 0) {
		fprintf(stderr, "usage: sha256sum -o MANIFEST FILE...\n");
		return 2;
	}
	FILE *out = fopen(argv[2], "w");
	if (!out) {
		fprintf(stderr, "sha256sum: %s: cannot create\n", argv[2]);
		return 1;
	}
	for (int i = 3; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		struct sha256 s;
		unsigned char h[32];
		unsigned long n;
		if (!f) {
			fprintf(stderr, "sha256sum: %s: cannot open\n", argv[i]);
			return 1;
		}
		init(&s);
		while ((n = fread(buf, 1, sizeof buf, f)) > 0)
			update(&s, buf, n);
		fclose(f);
		finish(&s, h);
		for (int j = 0; j < 32; j++)
			fprintf(out, "%02x", h[j]);
		fprintf(out, "  %s\n", argv[i]);
	}
	return fclose(out) == 0 ? 0 : 1;
}

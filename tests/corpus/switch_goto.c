/* switch: dense ranges (jump tables), sparse values (compare trees),
 * negative and 64-bit case values, char and unsigned controlling
 * expressions, default first, in the middle or absent, fall-through,
 * nested switches with break and continue, a case label inside a loop
 * (Duff's device); goto forward, backward, out of nested blocks and loops,
 * and loops built from goto alone. */
#include <stdio.h>

static int dense(int x)
{
	switch (x) {
	case 0: return 100;
	case 1: return 101;
	case 2: return 102;
	case 3:
	case 4: return 134;
	case 5: x += 10;	/* falls through */
	case 6: return x * 2;
	case 7: return 107;
	case 8: return 108;
	case 9: return 109;
	default: return -1;
	}
}

static int sparse(long x)
{
	switch (x) {
	case -2147483648L: return 1;
	case -1000000: return 2;
	case -1: return 3;
	case 0: return 4;
	case 17: return 5;
	case 1000: return 6;
	case 65536: return 7;
	case 2147483647: return 8;
	case 4294967296L: return 9;
	case 0x7fffffffffffffffL: return 10;
	case -0x7fffffffffffffffL - 1: return 11;
	}
	return 0;
}

static int negatives(int x)
{
	int r = 0;
	switch (x) {
	default: r = 99;
		break;
	case -5: r = 5;
	case -4: r += 4;
	case -3: r += 3;
		break;
	case -2: r = 2;
		break;
	}
	return r;
}

static const char *chars(char c)
{
	switch (c) {
	case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
	case '0' ... '9': return "digit";
	case (char)0xe9: return "e-acute";
	case '\0': return "nul";
	default: return "other";
	}
}

static int uns(unsigned x)
{
	switch (x) {
	case 0xffffffffu: return 1;
	case 0x80000000u: return 2;
	case 1: return 3;
	default: return 0;
	}
}

static int nested(int n)
{
	int i, acc = 0;
	for (i = 0; i < n; i++) {
		switch (i % 4) {
		case 0:
			switch (i % 3) {
			case 0: acc += 1; break;
			case 1: acc += 10; continue;
			default: acc += 100;
			}
			acc += 1000;
			break;
		case 1:
			continue;
		case 2:
			acc *= 2;
		case 3:
			acc -= 1;
			break;
		}
		acc += 5;
	}
	return acc;
}

/* Duff's device: case labels inside a do-while. */
static void duff(char *to, const char *from, int count)
{
	int n = (count + 7) / 8;
	switch (count % 8) {
	case 0: do { *to++ = *from++;
	case 7:      *to++ = *from++;
	case 6:      *to++ = *from++;
	case 5:      *to++ = *from++;
	case 4:      *to++ = *from++;
	case 3:      *to++ = *from++;
	case 2:      *to++ = *from++;
	case 1:      *to++ = *from++;
		} while (--n > 0);
	}
}

static int gotos(int n)
{
	int i = 0, j, acc = 0;
top:
	if (i >= n)
		goto done;
	j = 0;
inner:
	acc += i * j;
	if (++j < i)
		goto inner;
	if (acc > 500)
		goto out_of_blocks;
	i++;
	goto top;
out_of_blocks:
	{
		int k;
		for (k = 0; k < 10; k++) {
			while (1) {
				acc++;
				if (acc % 7 == 0)
					goto leave_loops;
			}
		}
	}
leave_loops:
	acc = -acc;
done:
	return acc;
}

/* A switch whose controlling expression has side effects, evaluated once. */
static int calls;
static int next(void) { return calls++; }

int main(void)
{
	int i;
	char buf[32];
	static const long sparse_vals[] = { -2147483648L, -1000000, -1, 0, 17, 1000, 65536,
		2147483647, 4294967296L, 0x7fffffffffffffffL, -0x7fffffffffffffffL - 1, 5, -17 };

	for (i = -2; i < 12; i++)
		printf("dense(%d) = %d\n", i, dense(i));
	for (i = 0; i < (int)(sizeof sparse_vals / sizeof sparse_vals[0]); i++)
		printf("sparse(%ld) = %d\n", sparse_vals[i], sparse(sparse_vals[i]));
	for (i = -6; i < 0; i++)
		printf("negatives(%d) = %d\n", i, negatives(i));
	printf("chars: %s %s %s %s %s %s\n", chars('e'), chars('7'), chars('x'), chars(0),
	       chars((char)0xe9), chars((char)0x1e9));
	printf("uns: %d %d %d %d\n", uns(-1), uns(1u << 31), uns(1), uns(2));
	for (i = 0; i < 30; i += 7)
		printf("nested(%d) = %d\n", i, nested(i));
	for (i = 0; i < 20; i += 3) {
		const char *src = "abcdefghijklmnopqrstuvwxyz";
		int k;
		for (k = 0; k < 32; k++)
			buf[k] = '.';
		duff(buf, src, i);
		buf[21] = 0;
		printf("duff(%d): %s\n", i, buf);
	}
	for (i = 0; i < 40; i += 9)
		printf("gotos(%d) = %d\n", i, gotos(i));
	switch (next()) {
	case 0: printf("switch once: %d\n", calls); break;
	default: printf("switch evaluated again\n");
	}
	return 0;
}

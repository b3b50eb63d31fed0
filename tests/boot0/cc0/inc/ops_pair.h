/* ops_pair.h: every binary operator and compound assignment on a value
 * of type TA and one of type TB, for every pair of test values; the
 * results go into one hash, printed with NAME. ops_matrix.c includes it
 * once per pair of types, with TA, TB, FN and NAME defined. */
static void FN(void)
{
	int i, j, k;
	TA a, c;
	TB b;
	h = 0;
	for (i = 0; i < NVALS; i++)
		for (j = 0; j < NVALS; j++) {
			a = (TA)vals[i];
			b = (TB)vals[j];
			k = j % 8;
			mix(a + b);
			mix(a - b);
			mix(a * b);
			if (b != 0 && b != (TB)-1) {
				mix(a / b);
				mix(a % b);
			}
			mix(a & b);
			mix(a | b);
			mix(a ^ b);
			mix(a < b);
			mix(a <= b);
			mix(a > b);
			mix(a >= b);
			mix(a == b);
			mix(a != b);
			mix(a << k);
			mix(a >> k);
			mix(b >> (k + 20) % 31);
			mix(-a);
			mix(~b);
			mix(!a);
			mix(sizeof(a + b));
			mix((a - a) + (b - b) - 1 < 0);
			mix(a && b);
			mix(a || b);
			mix(i & 1 ? a : b);
			c = a;
			c += b;
			mix(c);
			c = a;
			c -= b;
			mix(c);
			c = a;
			c *= b;
			mix(c);
			if (b != 0 && b != (TB)-1) {
				c = a;
				c /= b;
				mix(c);
				c = a;
				c %= b;
				mix(c);
			}
			c = a;
			c &= b;
			mix(c);
			c = a;
			c |= b;
			mix(c);
			c = a;
			c ^= b;
			mix(c);
			c = a;
			c <<= k;
			mix(c);
			c = a;
			c >>= k;
			mix(c);
			c = a;
			mix(c++);
			mix(c--);
			mix(++c);
			mix(--c);
			c = b;
			mix(c);
		}
	put_str(NAME);
	put_char(' ');
	put_hex(h);
	put_char('\n');
}

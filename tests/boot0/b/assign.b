// assign: = (right to left, its value) and every compound assignment, on
// locals, globals, words and bytes of arrays
// expect status 0
long g;
long w[4];
char c[4];

long main()
{
	long x, y, z;
	x = y = z = 6;
	say("chain", x + y + z);
	say("value", (x = 9) + 1);
	x = 20; x += 5; say("+=", x);
	x -= 7; say("-=", x);
	x *= 3; say("*=", x);
	x /= 4; say("/=", x);
	x %= 5; say("%=", x);
	x = 12; x &= 10; say("&=", x);
	x |= 5; say("|=", x);
	x ^= 3; say("^=", x);
	x <<= 4; say("<<=", x);
	x = -256; x >>= 4; say(">>=", x);
	g = 3; g += g *= 2; say("global", g);
	w[2] = 100; w[2] -= 1; say("word", w[2]);
	w[1] = w[2] = 7; say("words", w[1] + w[2]);
	c[1] = 250; c[1] += 10; say("byte-wrap", c[1]);
	say("byte-value", c[2] = 300);
	c[3] = 65; c[3] |= 32; say("byte-or", c[3]);
	x = 1; x += x += 2; say("nested", x);
	return 0;
}

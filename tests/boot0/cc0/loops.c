/* loops: while, do-while, for (with a declaration, without parts),
 * nested loops, break and continue */
#include "t.h"

int main(void)
{
	int i, j, n = 0;
	i = 0;
	while (i < 10)
		n += i++;
	say("while", n);
	i = 100;
	do
		n++;
	while (i < 10);
	say("do_once", n);
	i = 0;
	do {
		i += 3;
		if (i == 9)
			continue;
		n += i;
	} while (i < 20);
	say("do", n);
	n = 0;
	for (int k = 0; k < 5; k++)
		for (int k2 = k; k2 < 5; k2++)
			n += k * k2;
	say("for_decl", n);
	n = 0;
	for (i = 0; i < 10; i++) {
		if (i == 2)
			continue;
		if (i == 7)
			break;
		for (j = 0;; j++) {
			if (j > i)
				break;
			n += j;
		}
	}
	say("nested", n);
	i = 0;
	for (;;) {
		if (++i > 50)
			break;
	}
	say("forever", i);
	n = 0;
	for (i = 0, j = 10; i < j; i++, j--)
		n += j - i;
	say("comma", n);
	i = 5;
	while (i--)
		;
	say("empty", i);
	n = 0;
	for (i = 0; i < 3; i++) {
		int k = i * 2;
		n = n * 10 + k;
	}
	say("block_local", n);
	return 0;
}

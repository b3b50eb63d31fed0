/* stdin: read stdin to its end (the runner gives stdin.in), count its
 * bytes, lines and words, and echo it reversed by line */
#include "t.h"

int main(void)
{
	char buf[4096];
	long n = 0, r, i, lines = 0, words = 0, in_word = 0, start;
	while ((r = read(0, buf + n, sizeof buf - n)) > 0)
		n += r;
	for (i = 0; i < n; i++) {
		if (buf[i] == '\n')
			lines++;
		if (buf[i] == ' ' || buf[i] == '\n')
			in_word = 0;
		else if (!in_word) {
			in_word = 1;
			words++;
		}
	}
	say("bytes", n);
	say("lines", lines);
	say("words", words);
	i = n - 1;
	while (i >= 0) {
		start = i;
		while (start > 0 && buf[start - 1] != '\n')
			start--;
		write(1, buf + start, i - start + 1);
		i = start - 1;
	}
	return 0;
}

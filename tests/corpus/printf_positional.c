/* printf's positional arguments (POSIX %n$): reordering, reuse of one
 * argument, widths and precisions taken from numbered arguments (*m$),
 * every argument type (int, long long, double, long double, string,
 * char), and the same through snprintf and fprintf. */
#include <stdio.h>

int main(void)
{
	char buf[80];
	int r;

	printf("%2$s %1$s\n", "world", "hello");
	printf("%1$d %1$x %1$o %1$#x\n", 255);
	printf("%3$d-%2$d-%1$d\n", 1, 2, 3);
	printf("%2$*1$d|%3$-*1$d|\n", 6, 42, 7);
	printf("%1$.*2$f %1$.*3$e\n", 3.14159265358979, 2, 4);
	printf("%4$s %3$lld %2$g %1$c\n", 'z', 0.5, -9000000000LL, "mixed");
	printf("%2$Lg %1$d %3$s\n", 7, 1.0L / 3, "ld");
	printf("%1$s%1$s%1$s\n", "ab");
	printf("%1$hhd %2$hd %3$ld %4$zu\n", 300, 70000, -1L, (size_t)12);
	r = snprintf(buf, sizeof buf, "%3$s:%2$s:%1$s", "c", "b", "a");
	printf("snprintf: %d %s\n", r, buf);
	r = snprintf(buf, 6, "%2$s%1$s", "tail", "head");
	printf("snprintf truncated: %d %s\n", r, buf);
	fprintf(stdout, "%2$d %1$d\n", 10, 20);
	fprintf(stderr, "stderr %3$c%2$c%1$c\n", 'a', 'b', 'c');
	return 0;
}

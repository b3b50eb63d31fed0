/* big_frame: locals of every size, large zeroed arrays, frames with
 * many variables, recursion with a large frame */
#include "t.h"

static long sum_big(int depth)
{
	long arr[300] = {1};
	char bytes[1000] = {2, 3};
	int i;
	long s = arr[0] + bytes[0] + bytes[1] + bytes[999] + arr[299];
	for (i = 0; i < 300; i++)
		arr[i] = i + depth;
	for (i = 0; i < 300; i++)
		s += arr[i];
	if (depth > 0)
		s += sum_big(depth - 1);
	return s;
}

int main(void)
{
	char a1 = 1;
	short a2 = 2;
	int a3 = 3;
	long a4 = 4;
	char pad1[3] = {5, 6, 7};
	long a5 = 8;
	struct { char c; long l; } st = {9, 10};
	int many0 = 0, many1 = 1, many2 = 2, many3 = 3, many4 = 4, many5 = 5, many6 = 6, many7 = 7;
	say("small", a1 + a2 + a3 + a4 + pad1[0] + pad1[2] + a5 + st.c + st.l);
	say("many", many0 + many1 + many2 + many3 + many4 + many5 + many6 + many7);
	say("big", sum_big(20));
	return 0;
}

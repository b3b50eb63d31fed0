/* C11 _Static_assert at file scope, in a block and inside a struct, with
 * constant expressions built from sizeof, offsetof and enum constants. */
#include <stdio.h>
#include <stddef.h>

struct hdr { char tag; int len; };
enum { LIMIT = 16 };

_Static_assert(sizeof(int) == 4, "int is 32 bits");
_Static_assert(offsetof(struct hdr, len) == 4, "len is aligned");

struct checked {
	int a;
	_Static_assert(LIMIT * 2 == 32, "inside a struct");
	int b;
};

int main(void)
{
	_Static_assert(sizeof(struct checked) == 8, "two ints");
	printf("static asserts passed, sizeof %zu\n", sizeof(struct checked));
	return 0;
}

/* C11 anonymous structs and unions as members: their members are
 * accessed as members of the enclosing struct, offsets follow the
 * nesting, and initializers (positional and designated) reach them. */
#include <stdio.h>
#include <stddef.h>

struct variant {
	int kind;
	union {
		struct { short x, y; };
		double d;
		char name[8];
	};
	int tail;
};

int main(void)
{
	struct variant v = { 1, { { 3, 4 } }, 9 };
	struct variant w = { .kind = 2, .d = 2.5, .tail = 7 };
	printf("v: %d %d %d %d\n", v.kind, v.x, v.y, v.tail);
	printf("w: %d %g %d\n", w.kind, w.d, w.tail);
	printf("offsets: %zu %zu %zu %zu, sizeof %zu\n", offsetof(struct variant, x),
	       offsetof(struct variant, y), offsetof(struct variant, d),
	       offsetof(struct variant, tail), sizeof v);
	v.d = 0;
	v.name[0] = 'n';
	printf("shared: %d\n", v.x);
	return 0;
}

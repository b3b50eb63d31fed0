/* Enumerations: implicit values continuing from an explicit one, negative
 * and repeated values, constants usable in constant expressions (array
 * sizes, case labels, designators, bit-field widths), the type of an enum
 * constant (int) and the signedness of comparisons with enum objects,
 * enums as bit masks, and enum-typed bit-fields and parameters. */
#include <stdio.h>

enum color { RED, GREEN = 5, BLUE, ALSO_GREEN = GREEN, NEG = -3, AFTER_NEG, LAST = BLUE + 10 };
enum mask { M_A = 1 << 0, M_B = 1 << 1, M_C = 1 << 4, M_ALL = M_A | M_B | M_C };
enum limits { L_MAX = 2147483647, L_MIN = -2147483647 - 1 };
enum { ANON_X = 7, ANON_Y };
enum unsigned_only { U_ZERO, U_ONE };

static const char *names[LAST + 1] = { [RED] = "red", [GREEN] = "green", [BLUE] = "blue" };
static int sizes[AFTER_NEG + 3];
struct with_field { enum color c : 5; unsigned flags : ANON_Y; };

static const char *describe(enum color c)
{
	switch (c) {
	case RED: return "is red";
	case GREEN: return "is green";
	case BLUE: return "is blue";
	case NEG: return "is negative";
	case AFTER_NEG: return "is after negative";
	case LAST: return "is last";
	default: return "is unnamed";
	}
}

int main(void)
{
	enum color c = NEG;
	enum mask m = M_A | M_C;
	enum unsigned_only u = U_ZERO;
	struct with_field wf;
	int i;

	printf("values: %d %d %d %d %d %d %d\n", RED, GREEN, BLUE, ALSO_GREEN, NEG, AFTER_NEG, LAST);
	printf("masks: %d %d %d %d\n", M_ALL, m, (m & M_B) != 0, (int)(m ^ M_ALL));
	printf("limits: %d %d\n", L_MAX, L_MIN);
	printf("anon: %d %d\n", ANON_X, ANON_Y);
	printf("sizeof: %zu %zu %zu %zu\n", sizeof(enum color), sizeof RED, sizeof(enum limits),
	       sizeof sizes / sizeof sizes[0]);
	printf("compare: %d %d %d\n", c < RED, NEG < 0, u - 1 < 0);
	for (i = -4; i <= 17; i += 3)
		printf("describe(%d): %s\n", i, describe((enum color)i));
	for (i = 0; i <= LAST; i++)
		if (names[i])
			printf("names[%d] = %s\n", i, names[i]);
	wf.c = BLUE;
	wf.flags = 0xff;
	printf("field: %d %u\n", wf.c, wf.flags);
	wf.c = NEG;
	printf("negative in field: %d\n", wf.c == NEG);
	c++;
	printf("incremented: %d %s\n", c, describe(c));
	return 0;
}

/* enums: implicit and explicit values, negative ones, constants in
 * array sizes, case labels and constant expressions */
#include "t.h"

enum color { RED, GREEN, BLUE = 10, CYAN, MAGENTA = -3, YELLOW, LAST = CYAN * 2 + 1 };
enum { N = 4, M = N * N };
typedef enum { OFF, ON } sw_t;

int table[M];

static const char *name(enum color c)
{
	switch (c) {
	case RED: return "red";
	case GREEN: return "green";
	case BLUE: return "blue";
	case CYAN: return "cyan";
	case MAGENTA: return "magenta";
	case YELLOW: return "yellow";
	default: return "other";
	}
}

int main(void)
{
	enum color c = BLUE;
	sw_t s = ON;
	int i;
	say("values", RED + GREEN * 10 + BLUE * 100 + CYAN * 1000);
	say("neg", MAGENTA);
	say("yellow", YELLOW);
	say("last", LAST);
	say("M", M);
	say("sizeof_table", sizeof table);
	say("sizeof_enum", sizeof(enum color));
	for (i = RED; i <= LAST; i++) {
		if (i == GREEN || i == BLUE || i == CYAN || i == 0) {
			put_str(name(i));
			put_char('\n');
		}
	}
	put_str(name(MAGENTA));
	put_str(name(YELLOW));
	put_str(name(7));
	put_char('\n');
	c++;
	say("c", c);
	say("s", s);
	{
		enum { RED = 100 };
		say("shadow", RED);
	}
	say("outer", RED);
	return 0;
}
